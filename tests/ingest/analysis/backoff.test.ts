import { describe, expect, it } from 'vitest';
import { BACKOFF, backOff, decodeSeen, encodeSeen, lexiconWeight, seenSet, unseenShare } from '../../../ingest/analysis/learned/backoff.ts';
import { FNV_SEED, fnv } from '../../../ingest/analysis/learned/hash.ts';
import { createAnalyzer, shippedLearnedModels } from '../../../ingest/analysis/index.ts';
import { uciTexts } from '../../../ingest/analysis/learned/training-set.ts';
import { createLearnedScorer } from '../../../ingest/analysis/learned/scorer.ts';
import { featurize } from '../../../ingest/analysis/learned/train.ts';

const LABELS = ['positive', 'negative', 'neutral', 'mixed'];
const h = (w: string) => fnv(FNV_SEED, `en|${w}`);
const seen = seenSet([['the', 'tram', 'was', 'late'].map(h)]);
// half the words unseen
const half = ['the', 'tram', 'camera', 'battery'].map(h);
const allSeen = ['the', 'tram'].map(h);
const positive = { score: 0.6, label: 'positive', positives: 1, negatives: 0 };

describe('out-of-domain back-off to the lexicon', () => {
  it('counts the words training saw and the ones it did not', () => {
    expect(unseenShare(seen, ['the', 'tram', 'was', 'late'].map(h))).toBe(0);
    expect(unseenShare(seen, ['the', 'camera', 'battery', 'died'].map(h))).toBe(0.75);
    expect(unseenShare(seen, [])).toBe(0);
    expect(decodeSeen(encodeSeen(seen))).toEqual(seen);
  });

  it('an unsure model on a text with unseen words and no theme hit moves towards a positive or negative lexicon', () => {
    const p = Float64Array.from([0.2, 0.25, 0.45, 0.1]);
    const a = lexiconWeight(BACKOFF, 0.5);
    expect(a).toBeGreaterThan(0.5);
    expect(unseenShare(seen, half)).toBe(0.5);
    backOff(p, LABELS, positive, 0, seen, half, BACKOFF);
    expect(p[0]).toBeCloseTo((1 - a) * 0.2 + a, 10);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(LABELS[p.indexOf(Math.max(...p))]).toBe('positive');
  });

  it('leaves the model alone on city text, when it is sure, with a neutral lexicon or every word seen', () => {
    const base = [0.2, 0.25, 0.45, 0.1];
    const cases: [number, typeof positive | null, number[], number[]][] = [
      [1, positive, half, base], // a taxonomy hit: about the city
      [0, positive, half, [0.05, 0.9, 0.03, 0.02]], // the model is sure
      [0, { ...positive, label: 'neutral', score: 0 }, half, base],
      [0, null, half, base],
      [0, positive, allSeen, base], // every word seen in training
    ];
    for (const [hits, lex, words, probs] of cases) {
      const p = Float64Array.from(probs);
      backOff(p, LABELS, lex, hits, seen, words, BACKOFF);
      expect([...p]).toEqual(probs);
    }
  });

  it('the shipped models back off in English only (the language their settings were chosen on)', () => {
    const models = shippedLearnedModels()!;
    expect(models.backoff?.languages).toEqual(['en']);
    // UCI review sentences: English, opinionated, unlike the corpus
    const rows = featurize(uciTexts().filter((_, i) => i % 5 === 0), createAnalyzer({ models: null }));
    const shipped = createLearnedScorer(models);
    const never = createLearnedScorer({ ...models, backoff: { ...models.backoff!, languages: [] } });
    const changed = (lang: string) => rows.filter((r) => {
      const b = { ...r, text: { ...r.text, lang } };
      return shipped.scoreFeatures(r.idx, r.val, r.tidx, r.tval, b).best !== never.scoreFeatures(r.idx, r.val, r.tidx, r.tval, b).best;
    }).length;
    expect(changed('en')).toBeGreaterThan(5);
    expect(changed('es')).toBe(0);
  }, 60_000);
});
