import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp, loadKnownDataset, loadKnownSurvey } from '../helpers/known-dataset.ts';

/**
 * Evidence behind a survey bar: the open-text segments of respondents who gave that closed answer.
 * Known survey (tests/helpers/known-dataset.ts): item 1 Likert, item 2 NPS; respondents 101–110, of
 * whom only 106 (Likert 1 "Strongly disagree", NPS 6) wrote open text (segment 106).
 */
describe('/api/quotes narrowed to a closed answer', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadKnownDataset, loadKnownSurvey)));
  afterAll(() => store.close());
  const quotes = async (qs: string) => {
    const res = await app.request(`/api/quotes?city=Testville&${qs}`);
    expect(res.status).toBe(200);
    return (await res.json()) as QuotesResponse;
  };

  it('an exact Likert label selects that respondent\'s segments only', async () => {
    const all = await quotes('');
    expect(all.total).toBeGreaterThan(1);
    const body = await quotes(`item=1&answer=${encodeURIComponent('Strongly disagree')}`);
    expect(body.total).toBe(1);
    expect(body.quotes.map((q) => [q.id, q.text])).toEqual([[106, 'rent is a scam']]);
    expect((await quotes(`item=1&answer=${encodeURIComponent('Strongly agree')}`)).total).toBe(0);
  });

  it('a numeric range selects NPS detractors (0–6) and not promoters (9–10)', async () => {
    expect((await quotes('item=2&answerMin=0&answerMax=6')).quotes.map((q) => q.id)).toEqual([106]);
    expect((await quotes('item=2&answerMin=9&answerMax=10')).total).toBe(0);
  });

  it('several items (one question in several survey waves): respondents who answered any of them so', async () => {
    expect((await quotes('item=1,2&answerMin=1&answerMax=1')).quotes.map((q) => q.id)).toEqual([106]);
    expect((await quotes('item=2,1&answerMin=10&answerMax=10')).total).toBe(0);
  });

  it('combines with the other filters (group)', async () => {
    expect((await quotes('item=1&answer=Strongly%20disagree&group=international')).total).toBe(1);
    expect((await quotes('item=1&answer=Strongly%20disagree&group=resident')).total).toBe(0);
  });

  it('an answer without an item is a 400 naming "item"; an unknown item is a 404', async () => {
    const bad = await app.request('/api/quotes?city=Testville&answer=Yes');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('"item"');
    const unknown = await app.request('/api/quotes?city=Testville&item=1,99');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('99');
    expect((await app.request('/api/quotes?city=Testville&item=one')).status).toBe(400);
  });
});
