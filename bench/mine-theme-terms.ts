/**
 * Theme terms mined from the training texts only (never the test split): words (3+ letters) and
 * word bigrams that, in texts where the taxonomy did not already find the theme, carry it in at
 * least MINE texts and in at least MP of all texts that contain them. bench/themes-cv.ts measures
 * the same rule inside each fold (MINE=N). `npx tsx bench/mine-theme-terms.ts` lists them;
 * WRITE=1 adds them to data/taxonomy/themes (then `npm run train`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from '../ingest/analysis/index.ts';
import { trainingTexts } from '../ingest/analysis/learned/training-set.ts';
import { gramsOf } from './support/grams.ts';

const MINE = Number(process.env.MINE ?? 5);
const MP = Number(process.env.MP ?? 0.5);
const analyzer = createAnalyzer({ models: null });
const texts = trainingTexts().filter((t) => t.themesLabelled !== false && t.source !== 'uci');
const n = new Map<string, number>();
const k = new Map<string, number>();
for (const t of texts) {
  const { tokens, hits } = analyzer.spanInputs(t.text, t.lang);
  for (const g of gramsOf(tokens)) {
    const key = `${t.lang}\t${g}`;
    n.set(key, (n.get(key) ?? 0) + 1);
    for (const th of t.themes) if (!hits.includes(th)) k.set(`${key}\t${th}`, (k.get(`${key}\t${th}`) ?? 0) + 1);
  }
}
const mined = new Map<string, Map<string, string[]>>(); // theme → lang → terms
for (const [kt, c] of [...k].sort()) {
  if (c < MINE) continue;
  const [lang, g, th] = kt.split('\t');
  if (c / (n.get(`${lang}\t${g}`) as number) < MP) continue;
  const byLang = mined.get(th) ?? new Map<string, string[]>();
  byLang.set(lang, [...(byLang.get(lang) ?? []), g]);
  mined.set(th, byLang);
}
let total = 0;
for (const [th, byLang] of [...mined].sort()) {
  const file = `data/taxonomy/themes/${th}.json`;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { terms: Record<string, string[]> };
  const parts: string[] = [];
  for (const [lang, terms] of [...byLang].sort()) {
    const have = new Set((doc.terms[lang] ?? []).map((x) => x.toLowerCase()));
    const fresh = terms.filter((x) => !have.has(x));
    if (fresh.length === 0) continue;
    total += fresh.length;
    parts.push(`${lang} ${fresh.length} (${fresh.join(', ')})`);
    doc.terms[lang] = [...(doc.terms[lang] ?? []), ...fresh];
  }
  console.log(`${th}: ${parts.join('; ')}`);
  if (process.env.WRITE === '1') writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
}
console.log(`${total} terms (support ≥ ${MINE}, precision ≥ ${MP})${process.env.WRITE === '1' ? ', written' : ''}`);
