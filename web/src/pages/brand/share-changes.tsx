/** After a save: how many segments were re-read, and each value's voice share before and after. */
import type { ValuesSaved } from '../../api/use-brand-values.ts';
import { fmtInt, fmtShare } from '../../format/intl.ts';

export type Shares = Map<string, number>;

/** The effect of the last save on the figures (after = null while /api/values reloads). */
export function ShareChanges({ saved, before, after }: { saved: ValuesSaved; before: Shares; after: Shares | null }) {
  const show = (m: Shares | null, name: string) => {
    const v = m?.get(name.toLowerCase());
    return v == null ? '–' : fmtShare(v);
  };
  return (
    <section class="card share-changes" aria-labelledby="changes-title" data-share-changes aria-live="polite">
      <h2 id="changes-title" class="card-title">
        Saved: {fmtInt(saved.segments)} segments re-read, {fmtInt(saved.matches)} value mentions found
      </h2>
      <p class="card-subtitle">How much of what the audience says about the brand values goes to each value (voice share, as on Brand resonance), before and after this save.</p>
      {!after && <p class="muted" aria-busy="true">Recalculating the figures…</p>}
      {after && (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col" class="num">Before</th>
              <th scope="col" class="num">After</th>
            </tr>
          </thead>
          <tbody>
            {saved.values.map((v) => (
              <tr data-value={v.name}>
                <th scope="row">{v.name}</th>
                <td class="num" data-before>{show(before, v.name)}</td>
                <td class="num" data-after>{show(after, v.name)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
