/** A quote's text with its matched theme and value terms in `<mark>`; user text stays text. */
import { themeLabel } from '../format/labels.ts';
import type { Highlight, ThemeOrUnclassified } from '../../../data/types.ts';
import { splitHighlights } from './highlight.ts';

function markTitle(h: Highlight): string {
  return h.kind === 'theme' ? `Theme: ${themeLabel(h.id as ThemeOrUnclassified)}` : `Brand value: ${h.id}`;
}

/** Renders `text` as text nodes and `<mark>` elements (no innerHTML anywhere). */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  return (
    <>
      {splitHighlights(text, highlights).map((p) =>
        p.mark ? (
          <mark class={`hl hl-${p.mark.kind}`} data-kind={p.mark.kind} data-id={p.mark.id} title={markTitle(p.mark)}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
