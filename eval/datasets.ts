/** Loads the evaluation sets: VADER ground truth, the UCI sentences shipped with `sentiment`, our theme set. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decode } from 'html-entities';

const ROOT = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

/** A rated text: gold score in [-1, 1] (VADER's ratings / 4). */
export type RatedText = { text: string; rating: number };
/** A binary-labelled text (UCI): 1 positive, 0 negative. */
export type BinaryText = { text: string; positive: boolean };
/** A hand-labelled domain sentence. */
export type ThemeRow = { text: string; themes: string[]; sentiment: string; language: string };

/** The VADER ground-truth files live in ../shared beside the repository (CI clones it so). */
export function readVader(name: 'vader_tweets' | 'vader_amazonReviewSnippets'): RatedText[] {
  const path = new URL(`../shared/eval/sentiment/${name}.tsv`, ROOT);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const [, rating, ...rest] = line.split('\t');
    // Tweets carry HTML entities (&amp;); our readers decode them before analysis too.
    return { text: decode(rest.join('\t')), rating: Number(rating) / 4 };
  });
}

/** UCI Sentiment Labelled Sentences (Amazon, IMDB, Yelp) from the `sentiment` package's fixtures. */
export function readUci(name: 'amazon' | 'imdb' | 'yelp'): BinaryText[] {
  const rows = JSON.parse(readFileSync(require.resolve(`sentiment/test/fixtures/${name}.json`), 'utf8')) as { text: string; class: number }[];
  return rows.map((r) => ({ text: r.text, positive: r.class === 1 }));
}

/** Our labelled theme set (eval/themes/labelled.tsv). */
export function readThemeSet(): ThemeRow[] {
  const lines = readFileSync(new URL('eval/themes/labelled.tsv', ROOT), 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(1).map((line) => {
    const [text, themes, sentiment, language] = line.split('\t');
    return { text, themes: themes === 'unclassified' ? [] : themes.split(',').map((t) => t.trim()), sentiment, language };
  });
}
