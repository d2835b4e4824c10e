/** "Correct" on a quote card: a reader's sentiment and up to three themes for the segment (analysts and admins). */
import { useState } from 'preact/hooks';
import { LABELS, THEME_IDS, type Label } from '../../../data/types.ts';
import { correctSegment, type CorrectionAnswer } from '../api/use-models.ts';
import { themeLabel } from '../format/labels.ts';

const LABEL_TEXT: Record<Label, string> = { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed' };
const MAX_THEMES = 3;

type Props = { id: number; label: Label | null; themes: string[]; onCorrected: (a: CorrectionAnswer) => void };

/** A button that opens an inline form; saving changes the figures at once and teaches the next retrain. */
export function CorrectionControl({ id, label, themes, onCorrected }: Props) {
  const [open, setOpen] = useState(false);
  const [sentiment, setSentiment] = useState<Label>(label ?? 'neutral');
  const [picked, setPicked] = useState<string[]>(themes.slice(0, MAX_THEMES));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" class="tool quote-correct" onClick={() => setOpen(true)} data-correct={id} aria-label="Correct this quote's sentiment and themes">
        Correct…
      </button>
    );
  }
  const toggle = (t: string) => setPicked((p) => (p.includes(t) ? p.filter((x) => x !== t) : p.length < MAX_THEMES ? [...p, t] : p));
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCorrected(await correctSegment(id, { sentiment, themes: picked }));
      setOpen(false);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="correction-form" onSubmit={save} data-correction-form={id} aria-label="Correct the labels of this quote">
      <fieldset>
        <legend>Sentiment, as a careful reader would say</legend>
        {LABELS.map((l) => (
          <label class="correction-choice">
            <input type="radio" name={`sentiment-${id}`} value={l} checked={sentiment === l} onChange={() => setSentiment(l)} /> {LABEL_TEXT[l]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Themes (up to {MAX_THEMES}; none = unclassified)</legend>
        <div class="correction-themes">
          {THEME_IDS.map((t) => (
            <label class="correction-choice">
              <input type="checkbox" value={t} checked={picked.includes(t)} disabled={!picked.includes(t) && picked.length >= MAX_THEMES} onChange={() => toggle(t)} /> {themeLabel(t)}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p class="form-error" role="alert">Could not save: {error}</p>}
      <div class="correction-actions">
        <button type="submit" class="button" disabled={busy} data-save-correction>{busy ? 'Saving…' : 'Save correction'}</button>{' '}
        <button type="button" class="tool" disabled={busy} onClick={() => setOpen(false)}>Cancel</button>
        <span class="muted small"> Figures change at once; the next retrain learns from it.</span>
      </div>
    </form>
  );
}
