/**
 * Words that mark one language: seen in at least MIN_TEXTS training texts of that language and in
 * none of another's. They settle short texts eld cannot ("Prachtig.", "Génial !", "Super
 * Stimmung!" went to English, and so to the English scorer). Built from the training texts by
 * `npm run train` and kept with the weights, so they version and roll back with the model.
 */

/** A word must appear in this many texts of its language: a word seen once is often a name or a typo. */
export const MIN_TEXTS = 2;
/** Shorter words are too often shared by accident ("die", "den", "per"). */
const MIN_LETTERS = 3;

const WORD = /[\p{L}']+/gu;

/** The words of each language (sorted, for a deterministic model file). `isEnglish` drops from the
 * other languages the words an English reader would also write ("super", "top" are in VADER). */
export function languageWords(texts: { lang: string; text: string }[], isEnglish: (word: string) => boolean): Record<string, string[]> {
  const seenIn = new Map<string, Map<string, number>>();
  for (const t of texts) {
    for (const w of new Set(t.text.toLowerCase().match(WORD) ?? [])) {
      if ([...w].length < MIN_LETTERS) continue;
      const byLang = seenIn.get(w) ?? new Map<string, number>();
      byLang.set(t.lang, (byLang.get(t.lang) ?? 0) + 1);
      seenIn.set(w, byLang);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [w, byLang] of seenIn) {
    if (byLang.size !== 1) continue;
    const [[lang, n]] = byLang;
    if (n < MIN_TEXTS || (lang !== 'en' && isEnglish(w))) continue;
    (out[lang] ??= []).push(w);
  }
  for (const list of Object.values(out)) list.sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** word → its language, for lookups while detecting. */
export type LanguageVocabulary = Map<string, string>;

export function vocabularyOf(words: Record<string, string[]>): LanguageVocabulary {
  const map: LanguageVocabulary = new Map();
  for (const [lang, list] of Object.entries(words)) for (const w of list) map.set(w, lang);
  return map;
}
