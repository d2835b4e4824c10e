/** Loads the default theme taxonomy (data/taxonomy/themes/*.json) and the English domain sentiment terms. */
import { readdirSync, readFileSync } from 'node:fs';
import { THEME_IDS, type ThemeId } from '../../data/types.ts';
import { compileLexicon, type CompiledLexicon } from './matcher.ts';

const THEMES_DIR = new URL('../../data/taxonomy/themes/', import.meta.url);
const SENTIMENT_EN = new URL('../../data/taxonomy/sentiment/en.json', import.meta.url);

/** The languages the taxonomy has terms for; English's serve every other language. */
export const TAXONOMY_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt'] as const;
type TaxonomyLanguage = (typeof TAXONOMY_LANGUAGES)[number];

/** One theme file: terms per language (multi-word allowed, `stem*` for compounds) and exclusions. */
export type ThemeFile = { id: ThemeId; covers: string; terms: Partial<Record<TaxonomyLanguage, string[]>> & { en: string[] }; exclusions: string[] };

/** Theme lexicons per language. */
export type ThemeLexicons = Record<TaxonomyLanguage, CompiledLexicon>;

/** Reads every theme file; throws on an unknown id so a typo cannot silently drop a theme. */
export function readThemeFiles(): ThemeFile[] {
  const files = readdirSync(THEMES_DIR).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const theme = JSON.parse(readFileSync(new URL(f, THEMES_DIR), 'utf8')) as ThemeFile;
    if (!(THEME_IDS as readonly string[]).includes(theme.id)) throw new Error(`taxonomy ${f}: unknown theme id "${theme.id}"`);
    return theme;
  });
}

/** A term added to a theme from the dashboard (table theme_terms): it joins every language's lexicon. */
export type CustomThemeTerm = { theme: ThemeId; term: string };

/**
 * Compiles the taxonomy, plus any custom terms, into one matcher per language. Custom terms go
 * into every language's lexicon: an analyst adds the word as residents write it, in whatever language.
 */
export function loadThemeLexicons(custom: CustomThemeTerm[] = []): ThemeLexicons {
  const themes = readThemeFiles();
  const extra = (id: ThemeId) => custom.filter((c) => c.theme === id).map((c) => c.term);
  const build = (lang: TaxonomyLanguage) =>
    compileLexicon(themes.map((t) => ({ id: t.id, terms: [...(t.terms[lang] ?? t.terms.en), ...extra(t.id)], exclusions: t.exclusions })));
  return Object.fromEntries(TAXONOMY_LANGUAGES.map((l) => [l, build(l)])) as ThemeLexicons;
}

/** The key a set of custom terms is cached under (order-independent). */
export function themeTermsKey(custom: CustomThemeTerm[]): string {
  return JSON.stringify(custom.map((c) => `${c.theme}\u0000${c.term}`).sort());
}

/** The theme lexicon to use for a language. */
export function themeLexiconFor(lexicons: ThemeLexicons, language: string | null): CompiledLexicon {
  return (language && lexicons[language as TaxonomyLanguage]) || lexicons.en;
}

/** The English domain sentiment lexicon, compiled, with its scores by (lowercase) term. */
export function loadDomainSentiment(): { lexicon: CompiledLexicon; scores: Map<string, number> } {
  const words = JSON.parse(readFileSync(SENTIMENT_EN, 'utf8')).words as Record<string, number>;
  const scores = new Map(Object.entries(words).map(([w, s]) => [w.trim().toLowerCase(), s]));
  const lexicon = compileLexicon([...scores.keys()].map((w) => ({ id: w, terms: [w] })));
  return { lexicon, scores };
}
