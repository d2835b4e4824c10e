import { describe, expect, it } from 'vitest';
import type { SenderRow, SendersResponse } from '../../../data/senders.ts';
import { cityVoicedSentence, sendersTable, sendersTitle, shareEvidence, tableRows } from '../../../web/src/pages/resonance/senders-text.ts';

const row = (key: string, n: number, official: number, partner: number): SenderRow => ({
  key, n, low_n: n < 30,
  voices: [['official', official], ['partner', partner], ['user', n - official - partner]].map(([voice, k]) => ({
    voice: voice as 'official', n: k as number, share: n ? Math.round(((k as number) / n) * 10000) / 10000 : null, low: null, high: null,
    quotes: `/api/quotes?city=X&source=any&voice=${voice}&value=${key}`,
  })),
});

const d = (cityVoiced: SendersResponse['cityVoiced']): SendersResponse => ({
  city: 'X', minN: 30, channels: [row('all', 200, 50, 10) as SenderRow<'all'>], themes: [row('housing', 40, 0, 0), row('economy', 20, 5, 5)],
  values: [row('international', 5, 4, 1), row('green', 40, 10, 0)], cityVoiced,
});

describe('the words of the sender card', () => {
  it('titles the card with the city\'s own share of all segments', () => {
    expect(sendersTitle(d([]))).toBe('25% of what is said is the city\'s own voice');
  });

  it('names the values said mostly by the city, with their n, and says so when there are none', () => {
    expect(cityVoicedSentence(d([{ value: 'international', share: 0.8, n: 5, low_n: true }])))
      .toBe('Said mostly by the city itself, more than two thirds official: “international” (80% official, n = 5, few segments).');
    expect(cityVoicedSentence(d([{ value: 'a', share: 0.7, n: 40, low_n: false }, { value: 'b', share: 1, n: 31, low_n: false }])))
      .toBe('Said mostly by the city itself, more than two thirds official: “a” (70% official, n = 40) and “b” (100% official, n = 31).');
    expect(cityVoicedSentence(d([]))).toBe('No brand value is said mostly (more than two thirds) by the city itself.');
  });

  it('opens a share\'s quotes with its own filters and every other page filter cleared', () => {
    const f = shareEvidence(row('international', 5, 4, 1).voices[0]);
    expect(f).toMatchObject({ source: 'any', voice: 'official', value: 'international', group: '', theme: '', from: '' });
    expect(f.city).toBeUndefined();
  });

  it('lists the brand values, then the top themes', () => {
    expect(tableRows(d([]), 1).map((r) => `${r.kind}:${r.row.key}`)).toEqual(['value:international', 'value:green', 'theme:housing']);
  });

  it('exports every figure, one row per voice of each channel, value and theme', () => {
    const t = sendersTable(d([]));
    expect(t.rows).toHaveLength((1 + 2 + 2) * 3);
    expect(t.rows[3]).toEqual({ scope: 'value', key: 'international', voice: 'official', n: 4, total: 5, share: 0.8, low: null, high: null, low_n: true });
  });
});
