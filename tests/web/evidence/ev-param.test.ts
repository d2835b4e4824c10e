import { describe, expect, it } from 'vitest';
import { encodeEvidence, mergedQuery, readEvidence, voicesHref, withEvidence } from '../../../web/src/evidence/ev-param.ts';

describe('the ev parameter', () => {
  it('carries a city other than the page\'s, which wins in the drawer and in Voices', () => {
    const search = withEvidence('?city=Havenstad&cities=Havenstad%2CLindholm', { filter: { city: 'Lindholm', theme: 'housing' }, label: 'Lindholm · Housing' });
    const ev = readEvidence(search)!;
    expect(ev.filter).toEqual({ city: 'Lindholm', theme: 'housing' });
    expect(mergedQuery(search, ev)).toEqual({ city: 'Lindholm', theme: 'housing' });
    expect(voicesHref(search, ev)).toBe('/voices?city=Lindholm&theme=housing');
    expect(new URLSearchParams(search).get('city')).toBe('Havenstad');
  });

  it('round-trips the survey answer keys', () => {
    const filter = { item: '6', answerMin: '0', answerMax: '6', source: 'survey', group: 'international' };
    const raw = encodeEvidence({ filter, label: 'Detractors' });
    expect(readEvidence(`?ev=${encodeURIComponent(raw)}`)).toEqual({ filter, label: 'Detractors' });
    expect(mergedQuery('?city=Havenstad', { filter: { item: '2', answer: 'Strongly disagree' }, label: '' }))
      .toEqual({ city: 'Havenstad', item: '2', answer: 'Strongly disagree' });
  });

  it('carries a cleared key through the URL: the page\'s group does not narrow a figure that counts every audience', () => {
    const search = withEvidence('?city=Havenstad&group=resident', { filter: { value: 'Innovation', source: 'any', voice: 'official', group: '' }, label: 'x' });
    const ev = readEvidence(search)!;
    expect(ev.filter).toEqual({ value: 'Innovation', source: 'any', voice: 'official', group: '' });
    expect(mergedQuery(search, ev)).toEqual({ city: 'Havenstad', value: 'Innovation', source: 'any', voice: 'official' });
  });
});
