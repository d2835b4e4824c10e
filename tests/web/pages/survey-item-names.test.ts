import { describe, expect, it } from 'vitest';
import type { SurveyItemFigure } from '../../../data/types.ts';
import { withDistinctTexts } from '../../../web/src/pages/survey/item-names.ts';

const fig = (item_id: number, source_id: number, source: string, key: string, text: string, group: SurveyItemFigure['group'] = 'all'): SurveyItemFigure => ({
  item_id, source_id, source, key, text, kind: 'nps', scale_min: 0, scale_max: 10, labels: null, group, n: 10, low_n: true, mean: null,
  top2: null, top2_low: null, top2_high: null, bottom2: null, bottom2_low: null, bottom2_high: null,
  nps: 0, nps_low: null, nps_high: null, promoters: null, detractors: null, distribution: [], item_ids: [item_id],
});

describe('survey items that read alike are named with their file', () => {
  it('adds the file when two files ask the same question, the code within one file, nothing otherwise', () => {
    const q = 'How likely are you to recommend Havenstad?';
    const items = [
      fig(1, 1, 'wave-1.csv', 'Q7', q), fig(1, 1, 'wave-1.csv', 'Q7', q, 'resident'),
      fig(9, 2, 'wave-2.csv', 'Q3', q),
      fig(4, 1, 'wave-1.csv', 'Q2', 'Same title'), fig(5, 1, 'wave-1.csv', 'Q2 (2)', 'Same title'),
      fig(6, 2, 'wave-2.csv', 'Q1', 'Only once'),
    ];
    expect(withDistinctTexts(items).map((i) => i.text)).toEqual([
      `${q} (wave-1.csv)`, `${q} (wave-1.csv)`, `${q} (wave-2.csv)`, 'Same title (Q2)', 'Same title (Q2 (2))', 'Only once',
    ]);
  });
});
