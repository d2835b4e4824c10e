/** The editable list of brand values: name, terms (with synonyms) and exclusions per value. */
import type { BrandValueInput } from '../../../../data/types.ts';
import { fmtShare } from '../../format/intl.ts';
import { TermList } from './term-list.tsx';

export type Draft = { name: string; terms: string[]; exclusions: string[] }[];

type Props = { draft: Draft; onChange: (d: Draft) => void; disabled: boolean; share: (name: string) => number | null };

/** A copy of the stored values that the editor may change freely. */
export function toDraft(values: BrandValueInput[]): Draft {
  return values.map((v) => ({ name: v.name, terms: [...v.terms], exclusions: [...(v.exclusions ?? [])] }));
}

/** What keeps the draft from saving, in words (the server checks the same rules). */
export function draftErrors(d: Draft): string[] {
  const out: string[] = [];
  const names = d.map((v) => v.name.trim().toLowerCase());
  d.forEach((v, i) => {
    if (!v.name.trim()) out.push(`Value ${i + 1} needs a name.`);
    if (v.terms.length === 0) out.push(`“${v.name || `Value ${i + 1}`}” needs at least one term.`);
  });
  if (new Set(names).size !== names.length) out.push('Two values have the same name.');
  return out;
}

/** One card per value; the current voice share is shown beside its name. */
export function ValueEditor({ draft, onChange, disabled, share }: Props) {
  const set = (i: number, patch: Partial<Draft[number]>) => onChange(draft.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <div class="value-list">
      {draft.map((v, i) => {
        const s = share(v.name);
        return (
          <section class="value-card" data-value={v.name} aria-label={`Brand value ${v.name || i + 1}`}>
            <div class="value-head">
              <label class="field value-name">
                <span>Value</span>
                <input value={v.name} disabled={disabled} onInput={(e) => set(i, { name: e.currentTarget.value })} />
              </label>
              <span class="muted small" data-voice-share>
                {s == null ? 'not measured yet' : `voice share ${fmtShare(s)}`}
              </span>
              {!disabled && (
                <button type="button" class="tool" onClick={() => onChange(draft.filter((_, j) => j !== i))} aria-label={`Remove value ${v.name}`}>
                  Remove value
                </button>
              )}
            </div>
            <TermList id={`v${i}-terms`} label="Terms and synonyms" kind="term" words={v.terms} disabled={disabled} onChange={(terms) => set(i, { terms })} />
            <TermList id={`v${i}-excl`} label="Exclusions (phrases that do not count)" kind="exclusion" words={v.exclusions} disabled={disabled} onChange={(exclusions) => set(i, { exclusions })} />
          </section>
        );
      })}
      {!disabled && (
        <button type="button" class="tool add-value" onClick={() => onChange([...draft, { name: '', terms: [], exclusions: [] }])}>
          + Add a value
        </button>
      )}
    </div>
  );
}
