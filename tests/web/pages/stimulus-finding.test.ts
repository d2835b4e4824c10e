import { describe, expect, it } from 'vitest';
import type { StimulusRow } from '../../../data/types.ts';
import { authenticCell, netCell, shareCell, stimulusFinding } from '../../../web/src/pages/brand/stimulus-finding.ts';

const row = (stimulus: string, label: string, group: StimulusRow['group'], net: number, judged: number, authentic: number): StimulusRow => ({
  stimulus, label, group, n: 20, scored: 20, low_n: true, net, low: net - 30, high: net + 30,
  mixed: { k: 1, n: 20, share: 0.05, low: 0.0089, high: 0.2361 }, negative: { k: 5, n: 20, share: 0.25, low: 0.1119, high: 0.4687 },
  authenticity: { judged, authentic, inauthentic: judged - authentic, share: judged ? authentic / judged : null, low: 0, high: 1 },
  words: [], quotes: '',
});

describe('the stimulus card in words', () => {
  it('names the stimulus a group finds least authentic, when at least 5 judge it', () => {
    const rows = [row('S1', 'Poster', 'all', -9, 28, 8), row('S1', 'Poster', 'resident', -24, 16, 0), row('S2', 'Video', 'all', 54, 33, 28)];
    expect(stimulusFinding(rows)).toBe('Residents find “Poster” inauthentic: 0% authentic of 16 judging it');
  });

  it('falls back to the lowest net of every group when too few judge authenticity', () => {
    expect(stimulusFinding([row('S1', 'Poster', 'all', 10, 4, 0), row('S2', 'Video', 'all', -20, 2, 2)]))
      .toBe('“Video” drew the least favourable reactions: net −20 (n = 20)');
    expect(stimulusFinding([])).toBe('How did the focus groups react to what they were shown?');
  });

  it('writes each figure with its count and interval apart', () => {
    expect(shareCell({ k: 5, n: 20, share: 0.25, low: 0.1119, high: 0.4687 })).toEqual(['25%', '5 of 20 · 11%–47%']);
    expect(shareCell({ k: 0, n: 0, share: null, low: null, high: null })).toEqual(['–', '']);
    expect(authenticCell({ judged: 4, authentic: 1, inauthentic: 3, share: 0.25, low: 0.0456, high: 0.6994 })).toEqual(['25%', '1 of 4 · 4.6%–70%']);
    expect(netCell({ net: -24, low: -55.2, high: 10.8 })).toEqual(['−24', '−55 to +11']);
  });
});
