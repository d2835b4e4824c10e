/**
 * How often each taxonomy term's theme is the gold theme of the training texts it matches
 * (train split and the older labelled set only; never the test split): `npx tsx bench/taxonomy-precision.ts [minTexts]`.
 * Prints the terms that match at least minTexts (default 4) texts and whose theme less than half of them carry.
 */
import { matchLexicon } from '../ingest/analysis/matcher.ts';
import { loadThemeLexicons, themeLexiconFor } from '../ingest/analysis/taxonomy.ts';
import { toTokens } from '../ingest/analysis/tokens.ts';
import { readDoc } from '../ingest/analysis/wink.ts';
import { trainingTexts } from '../ingest/analysis/learned/training-set.ts';

const MIN = Number(process.argv[2] ?? 4);
const lexicons = loadThemeLexicons();
const stats = new Map<string, { n: number; ok: number; examples: string[] }>();
for (const t of trainingTexts()) {
  if (t.themesLabelled === false) continue;
  const { doc } = readDoc(t.text);
  const tokens = toTokens(doc, t.text);
  const seen = new Set<string>();
  for (const m of matchLexicon(themeLexiconFor(lexicons, t.lang), tokens)) {
    const key = `${t.lang}\t${m.id}\t${m.term}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = stats.get(key) ?? { n: 0, ok: 0, examples: [] };
    s.n += 1;
    if (t.themes.includes(m.id)) s.ok += 1; else if (s.examples.length < 2) s.examples.push(t.text.slice(0, 90));
    stats.set(key, s);
  }
}
const bad = [...stats].filter(([, s]) => s.n >= MIN && s.ok / s.n < 0.5).sort((a, b) => a[0].localeCompare(b[0]));
for (const [k, s] of bad) console.log(`${k}\t${s.ok}/${s.n}\t${s.examples.join(' | ')}`);
console.log(`${bad.length} terms under half of ${[...stats].filter(([, s]) => s.n >= MIN).length} matching ≥ ${MIN} texts`);
