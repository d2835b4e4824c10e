/** Frequent words in segments no theme or value covers, with one click to add one to a brand value or a theme. */
import { useState } from 'preact/hooks';
import { THEME_IDS, type ThemeId, type ThemesResponse } from '../../../../data/types.ts';
import { sendJson } from '../../api/fetch-json.ts';
import { useBrandValues } from '../../api/use-brand-values.ts';
import { canWrite, useMe, writeBlock } from '../../auth/use-me.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fmtInt } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';
import { addThemeTerm, segmentsText } from './theme-terms-api.ts';

type Props = { city: string; terms: ThemesResponse['suggestedTerms']; onChanged: () => void };

/** Themes alphabetically by label, for the "add to theme…" pickers. */
const THEMES = [...THEME_IDS].sort((a, b) => themeLabel(a).localeCompare(themeLabel(b)));

/** The candidate list; analysts add a term to a value (PUT of the whole value list) or to a theme (POST /api/theme-terms). */
export function SuggestedTerms({ city, terms, onChanged }: Props) {
  const me = useMe();
  const values = useBrandValues(city);
  const [target, setTarget] = useState('');
  const [status, setStatus] = useState<{ term: string; text: string; error?: boolean } | null>(null);
  const block = writeBlock(me.data);
  const allowed = canWrite(me.data) && values.status === 'ready' && values.data.length > 0;
  const value = target || values.data?.[0]?.name || '';
  const themesAllowed = canWrite(me.data);

  const addToTheme = async (term: string, theme: ThemeId) => {
    setStatus({ term, text: `Adding “${term}” to the theme ${themeLabel(theme)} and re-annotating…` });
    try {
      const r = await addThemeTerm(theme, term);
      setStatus({ term, text: `Added “${r.term}” to ${themeLabel(theme)}: ${segmentsText(r.segments)} now carry the theme. The figures above are updated.` });
      onChanged();
    } catch (e) {
      setStatus({ term, text: (e as Error).message, error: true });
    }
  };

  const add = async (term: string) => {
    const list = values.data ?? [];
    const v = list.find((x) => x.name === value);
    if (!v) return;
    if (v.terms.some((t) => t.toLowerCase() === term.toLowerCase())) {
      setStatus({ term, text: `“${term}” is already a term of ${v.name}.` });
      return;
    }
    setStatus({ term, text: `Adding “${term}” to ${v.name}…` });
    try {
      await sendJson(`/api/cities/${encodeURIComponent(city)}/values`, {
        method: 'PUT', json: list.map((x) => (x === v ? { ...x, terms: [...x.terms, term] } : x)),
      });
      setStatus({ term, text: `Added “${term}” to ${v.name}. The city was re-annotated and the figures below are updated.` });
      values.reload();
      onChanged();
    } catch (e) {
      setStatus({ term, text: (e as Error).message, error: true });
    }
  };

  return (
    <section class="card suggested" aria-labelledby="suggested-title" data-card="suggested-terms">
      <h2 id="suggested-title" class="card-title">Words the lexicons miss</h2>
      <p class="card-subtitle">
        Frequent words in segments that match no theme and no brand value: candidates for new terms. Click a word for its quotes.
      </p>
      {allowed && (
        <label class="vf-field suggested-target">
          <span>Add terms to the brand value</span>
          <select value={value} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
            {values.data!.map((v) => <option value={v.name}>{v.name}</option>)}
          </select>
        </label>
      )}
      {terms.length === 0 ? (
        <p class="muted">No frequent uncovered words: the lexicons cover this material well.</p>
      ) : (
        <ul class="suggested-list">
          {terms.map((t) => (
            <li>
              <button type="button" class="suggested-term" onClick={() => openEvidence({ q: t.term, theme: 'unclassified' }, `Segments with no theme mentioning “${t.term}”`)}>
                {t.term} <span class="muted">{fmtInt(t.n)}</span>
              </button>
              <button
                type="button" class="tool" disabled={!allowed} onClick={() => add(t.term)}
                aria-label={`Add “${t.term}” to ${value || 'a brand value'}`}
                title={allowed ? `Add to ${value}` : (block ?? 'No brand values to add to')}
              >
                + value
              </button>
              <select
                class="tool theme-pick" data-add-theme={t.term} disabled={!themesAllowed} value=""
                aria-label={`Add “${t.term}” to a theme`} title={themesAllowed ? 'Add to a theme' : (block ?? '')}
                onChange={(e) => {
                  const theme = e.currentTarget.value as ThemeId;
                  e.currentTarget.value = '';
                  if (theme) void addToTheme(t.term, theme);
                }}
              >
                <option value="">add to theme…</option>
                {THEMES.map((id) => <option value={id}>{themeLabel(id)}</option>)}
              </select>
            </li>
          ))}
        </ul>
      )}
      {status && <p role="status" class={status.error ? 'suggested-error' : 'muted small'}>{status.text}</p>}
      <p class="muted small suggested-note">
        {block ? `${block} ` : ''}A term added to a theme counts for every city, in every language, as a whole word (its plural and other
        forms too, never inside a longer word). They are listed under “Terms added to themes”, where they can be removed.
      </p>
    </section>
  );
}
