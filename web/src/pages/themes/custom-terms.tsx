/** The terms analysts added to themes (table theme_terms), per theme, each with a remove button. */
import { useState } from 'preact/hooks';
import { THEME_IDS, type ThemeId } from '../../../../data/types.ts';
import { canWrite, useMe, writeBlock } from '../../auth/use-me.ts';
import { fmtDay } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';
import { removeThemeTerm, segmentsText, useThemeTerms, type CustomTerm } from './theme-terms-api.ts';

/** One line per theme that has custom terms; nothing but a short note while there are none. */
export function CustomTerms({ onChanged }: { onChanged: () => void }) {
  const me = useMe();
  const list = useThemeTerms();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const allowed = canWrite(me.data);
  const terms = list.data?.terms ?? [];
  const byTheme = THEME_IDS.map((id) => [id, terms.filter((t) => t.theme === id)] as const).filter(([, ts]) => ts.length > 0);

  const remove = async (t: CustomTerm) => {
    setStatus({ text: `Removing “${t.term}” from ${themeLabel(t.theme)}…` });
    try {
      const r = await removeThemeTerm(t.theme, t.term);
      setStatus({ text: `Removed “${r.term}” from ${themeLabel(r.theme)}: ${segmentsText(r.segments)} re-annotated.` });
      onChanged();
    } catch (e) {
      setStatus({ text: (e as Error).message, error: true });
    }
  };

  return (
    <section class="card custom-terms" aria-labelledby="custom-terms-title" data-card="custom-terms">
      <h2 id="custom-terms-title" class="card-title">Terms added to themes</h2>
      <p class="card-subtitle">Words analysts added to the theme lexicon from this page, on top of the taxonomy files. They apply to every city.</p>
      {list.status === 'error' && <p class="suggested-error">The list could not be loaded: {list.error.message}</p>}
      {list.status === 'ready' && byTheme.length === 0 && <p class="muted" data-no-custom-terms>None yet: add one from “Words the lexicons miss” above.</p>}
      {byTheme.length > 0 && (
        <dl class="custom-terms-list">
          {byTheme.map(([id, ts]) => <ThemeLine id={id} terms={ts} allowed={allowed} block={writeBlock(me.data)} onRemove={remove} />)}
        </dl>
      )}
      {status && <p role="status" class={status.error ? 'suggested-error' : 'muted small'}>{status.text}</p>}
    </section>
  );
}

type LineProps = { id: ThemeId; terms: CustomTerm[]; allowed: boolean; block: string | null; onRemove: (t: CustomTerm) => void };

function ThemeLine({ id, terms, allowed, block, onRemove }: LineProps) {
  return (
    <div class="custom-terms-theme" data-theme={id}>
      <dt>{themeLabel(id)}</dt>
      <dd>
        <ul class="suggested-list">
          {terms.map((t) => (
            <li class="custom-term" data-term={t.term} title={`Added by ${t.addedBy ?? 'unknown'} on ${fmtDay(t.addedAt)}`}>
              <span>{t.term}</span>
              <button
                type="button" class="tool" disabled={!allowed} data-remove-term={t.term}
                aria-label={`Remove “${t.term}” from ${themeLabel(id)}`} title={allowed ? 'Remove' : (block ?? '')}
                onClick={() => onRemove(t)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
