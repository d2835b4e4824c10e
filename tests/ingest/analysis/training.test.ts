import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../ingest/analysis/index.ts';
import { readSplit } from '../../../ingest/analysis/learned/corpus.ts';
import { decodeModels, encodeModels } from '../../../ingest/analysis/learned/model-file.ts';
import { createLearnedScorer } from '../../../ingest/analysis/learned/scorer.ts';
import { agreement, featurize, trainFromFeatures, type Featured } from '../../../ingest/analysis/learned/train.ts';

// A fixed slice of the training split (every language), small enough to train in seconds.
const texts = readSplit('train').filter((_, i) => i % 12 === 0);
const lexicon = createAnalyzer({ models: null });
const TSX = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('npm run train is deterministic', () => {
  const rows: Featured[] = featurize(texts, lexicon);

  it('the same texts give byte-identical model files, run after run (two fresh processes, as npm run train)', () => {
    // Fresh processes: wink's tokenizer splits a few strings ("c'erano... ") differently once it has
    // seen others, so only a run from the start, in the same order, reproduces the features exactly.
    const run = () => execFileSync(TSX, [new URL('../../helpers/train-digest.ts', import.meta.url).pathname], { encoding: 'utf8' }).trim();
    const [a, b] = [run(), run()];
    expect(a).toMatch(/^\d{3,} m-[0-9a-f]+ [0-9a-f]{64}$/);
    expect(b).toBe(a);
    // and in one process, the same features trained twice give the same bytes
    expect(digest(encodeModels(trainFromFeatures(rows)))).toBe(digest(encodeModels(trainFromFeatures(rows))));
  }, 120_000);

  it('one changed label changes the weights and the version', () => {
    const base = trainFromFeatures(rows);
    const flipped = rows.map((r, i) => (i === 0 ? { ...r, text: { ...r.text, sentiment: r.text.sentiment === 'negative' ? 'positive' : 'negative' } } : r));
    const other = trainFromFeatures(flipped);
    expect(other.version).not.toBe(base.version);
    expect(digest(encodeModels(other))).not.toBe(digest(encodeModels(base)));
  }, 120_000);

  it('a model read back from its 16-bit file labels its training texts as the float weights do', () => {
    const models = trainFromFeatures(rows);
    const back = decodeModels(encodeModels(models));
    const [f, g] = [createLearnedScorer(models), createLearnedScorer(back)];
    let same = 0;
    for (const r of rows) if (f.scoreFeatures(r.idx, r.val, r.tidx, r.tval).best === g.scoreFeatures(r.idx, r.val, r.tidx, r.tval).best) same += 1;
    expect(same / rows.length).toBeGreaterThan(0.995);
    // the words seen in training travel with the weights, and the back-off reads them the same way
    expect(back.seen).toEqual(models.seen);
    expect(back.backoff).toEqual(models.backoff);
    let sameBackedOff = 0;
    for (const r of rows) if (g.scoreFeatures(r.idx, r.val, r.tidx, r.tval, r).best === f.scoreFeatures(r.idx, r.val, r.tidx, r.tval, r).best) sameBackedOff += 1;
    expect(sameBackedOff / rows.length).toBeGreaterThan(0.995);
    // and it learned: in-sample agreement far above the 4-class base rate
    const fit = agreement(models, rows);
    expect(fit.en.accuracy).toBeGreaterThan(0.8);
  }, 120_000);
});
