import { describe, expect, it } from 'vitest';
import { JOURNEY_STAGE } from '../../../data/types.ts';
import { createAnalyzer } from '../../../ingest/analysis/index.ts';
import { trainLinear } from '../../../ingest/analysis/learned/linear.ts';

// Retention (staying or leaving) came after the labelled corpus: the taxonomy finds it, the
// learned layer must keep what the taxonomy found.
const lexicon = createAnalyzer({ models: null });
const learned = createAnalyzer();

const SENTENCES: [string, string][] = [
  ['en', 'After graduation I want to stay here, but the search year is far too short.'],
  ['nl', 'Na mijn studie wil ik hier blijven, maar het zoekjaar is veel te kort.'],
  ['de', 'Nach dem Studium will ich hierbleiben, aber ohne Job muss ich zurück in die Heimat.'],
  ['fr', 'Après mes études, je veux rester ici, mais sans emploi je devrai rentrer au pays.'],
];

describe('the retention theme', () => {
  it('is the fourth journey stage', () => {
    expect(JOURNEY_STAGE.retention).toBe('retention');
  });

  it.each(SENTENCES)('is found by the taxonomy and kept by the learned layer (%s)', (language, text) => {
    expect(lexicon.analyze(text, { language }).themes).toContain('retention');
    expect(learned.analyze(text, { language }).themes).toContain('retention');
  });

  it('is not "stay tuned" or a hotel stay', () => {
    expect(learned.analyze('Stay tuned for the festival line-up!').themes).not.toContain('retention');
    expect(learned.analyze('We had a short stay at a hotel near the station.').themes).not.toContain('retention');
  });

  it('keeps a class no example labels at its prior while the others learn', () => {
    const prior = new Float32Array(4 * 2);
    prior[1] = 3; // feature 0, class 1: the prior says "class 1"
    const examples = [0, 1, 2, 3].map((k) => ({ idx: Int32Array.of(0, k), val: Float32Array.of(1, 1), gold: [0], weight: 1 }));
    const m = trainLinear(examples, { dim: 4, classes: 2, epochs: 5, rate: 0.1, l2: 1e-3, seed: 1, multiLabel: true, prior, frozen: [1] });
    expect(m.weights[1]).toBe(3);
    expect(m.weights[0]).toBeGreaterThan(0.5); // class 0 learned from the examples
  });
});
