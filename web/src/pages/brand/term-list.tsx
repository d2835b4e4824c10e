/** Words as removable chips with an input to add more (Enter or comma adds; several at once split on commas). */
import { useState } from 'preact/hooks';

type Props = { label: string; words: string[]; onChange: (w: string[]) => void; disabled: boolean; kind: 'term' | 'exclusion'; id: string };

/** An editable list of terms or exclusions. */
export function TermList({ label, words, onChange, disabled, kind, id }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const fresh = draft.split(',').map((w) => w.trim()).filter((w) => w && !words.some((x) => x.toLowerCase() === w.toLowerCase()));
    if (fresh.length) onChange([...words, ...fresh]);
    setDraft('');
  };
  return (
    <div class={`term-list ${kind}`} data-terms={kind}>
      <span class="term-label" id={`${id}-label`}>{label}</span>
      <ul class="chips" aria-labelledby={`${id}-label`}>
        {words.map((w) => (
          <li class="chip" data-word={w}>
            <span>{w}</span>
            {!disabled && (
              <button type="button" aria-label={`Remove ${kind} “${w}”`} onClick={() => onChange(words.filter((x) => x !== w))}>
                ×
              </button>
            )}
          </li>
        ))}
        {words.length === 0 && <li class="muted small">none</li>}
      </ul>
      {!disabled && (
        <div class="term-add">
          <input
            aria-label={`Add ${kind}s to ${label.toLowerCase()}`}
            placeholder={kind === 'term' ? 'add a word or phrase' : 'add an exclusion'}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault();
                add();
              }
            }}
            data-add={kind}
          />
          <button type="button" class="tool" onClick={add} disabled={!draft.trim()}>
            Add
          </button>
        </div>
      )}
    </div>
  );
}
