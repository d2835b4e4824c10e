/**
 * Survey items are one per file and question: two files may ask the same question (or reuse a code).
 * When two items share a question text, each is named with the file it came from, so the charts
 * never show two rows that read alike.
 */
import type { SurveyItemFigure } from '../../../../data/types.ts';

/** The items with `text` extended by " (file)" (or " (code)" within one file) where another item shares it. */
export function withDistinctTexts<T extends SurveyItemFigure>(items: T[]): T[] {
  const byText = new Map<string, Map<number, T>>();
  for (const it of items) {
    const m = byText.get(it.text) ?? new Map<number, T>();
    m.set(it.item_id, it);
    byText.set(it.text, m);
  }
  return items.map((it) => {
    const same = [...(byText.get(it.text)?.values() ?? [])].filter((o) => o.item_id !== it.item_id);
    if (same.length === 0) return it;
    const otherFile = same.some((o) => o.source_id !== it.source_id);
    return { ...it, text: `${it.text} (${otherFile ? it.source : it.key})` };
  });
}
