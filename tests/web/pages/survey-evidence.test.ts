import { describe, expect, it } from 'vitest';
import { likertEvidence, npsEvidence, type SurveyFigure } from '../../../web/src/pages/survey/survey-evidence.ts';

const LABELS = ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'];
const figure = (over: Partial<SurveyFigure>): SurveyFigure => ({
  item_id: 2, source_id: 1, source: 'survey.csv', key: 'Q6_2', text: 'How much do you agree? - It is easy to find housing', kind: 'likert', scale_min: 1, scale_max: 5, labels: LABELS,
  group: 'international', n: 207, low_n: false, mean: 1.5, top2: null, top2_low: null, top2_high: null, bottom2: null, bottom2_low: null,
  bottom2_high: null, nps: null, nps_low: null, nps_high: null, promoters: null, detractors: null, item_ids: [2],
  distribution: [{ value: 'Strongly disagree', num: 1, n: 120 }, { value: 'Somewhat disagree', num: 2, n: 72 }, { value: 'Neither agree nor disagree', num: 3, n: 13 }, { value: 'Somewhat agree', num: 4, n: 2 }],
  ...over,
});
const click = (seriesName: string, dataIndex: number) => ({ componentType: 'series', seriesName, dataIndex });

describe('survey bar → evidence of those respondents', () => {
  it('a Likert segment filters on its item and answer label, and says who and how many', () => {
    const e = likertEvidence([figure({})], 'international', click('Strongly disagree', 0));
    expect(e).toEqual({
      filter: { item: '2', answer: 'Strongly disagree', source: 'survey' },
      label: 'International respondents who answered “Strongly disagree” to “It is easy to find housing” — 120 respondents',
    });
    expect(likertEvidence([figure({})], 'all', click('Somewhat agree', 0))!.label).toBe('Respondents who answered “Somewhat agree” to “It is easy to find housing” — 2 respondents');
  });

  it('a point answered under several labels (numeric exports) filters on its number instead', () => {
    const mixed = figure({ distribution: [{ value: 'Strongly disagree', num: 1, n: 100 }, { value: '1', num: 1, n: 20 }] });
    expect(likertEvidence([mixed], 'international', click('Strongly disagree', 0))!.filter).toEqual({ item: '2', answerMin: '1', answerMax: '1', source: 'survey' });
  });

  it('no evidence off the bars; a key asked in several survey waves filters on all its items', () => {
    expect(likertEvidence([figure({})], 'all', { componentType: 'yAxis', dataIndex: 0 })).toBeNull();
    expect(likertEvidence([figure({ item_ids: [2, 9] })], 'all', click('Strongly disagree', 0))?.filter.item).toBe('2,9');
  });

  it('an NPS part filters on the 0–10 range, and on the group of its row', () => {
    const nps = (group: SurveyFigure['group'], n: number) => figure({
      item_id: 6, key: 'Q7', text: 'How likely are you to recommend?', kind: 'nps', group, n, scale_min: 0, scale_max: 10, labels: null, item_ids: [6],
      distribution: [{ value: '3', num: 3, n: n / 2 }, { value: '8', num: 8, n: n / 4 }, { value: '10', num: 10, n: n / 4 }],
    });
    const rows = [nps('international', 40), nps('all', 100)];
    // Drawn order: all respondents first, then the groups.
    expect(npsEvidence(rows, null, click('Detractors (0–6)', 0))).toEqual({
      filter: { item: '6', answerMin: '0', answerMax: '6', source: 'survey' },
      label: 'Respondents who answered 0–6 (detractors) to “How likely are you to recommend?” — 50 respondents',
    });
    expect(npsEvidence(rows, null, click('Promoters (9–10)', 1))).toEqual({
      filter: { item: '6', answerMin: '9', answerMax: '10', source: 'survey', group: 'international' },
      label: 'International respondents who answered 9–10 (promoters) to “How likely are you to recommend?” — 10 respondents',
    });
    expect(npsEvidence(rows, 'international', click('Passives (7–8)', 0))!.label).toBe('International respondents who answered 7–8 (passives) to “How likely are you to recommend?” — 25 respondents');
  });
});
