import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleMappingResponse } from '../../data/speaker.ts';
import type { SurveyResponse, ThemesResponse } from '../../data/types.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp } from '../helpers/known-dataset.ts';
import { loadSpeakerFixtures } from '../helpers/speaker-fixtures.ts';

describe('the role mapping, end to end (issue 18)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadSpeakerFixtures)));
  afterAll(() => store.close());
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const put = (body: unknown) => app.request('/api/role-mapping?city=Havenstad', {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const bureaucracy = async (role: string) =>
    (await get<ThemesResponse>('/api/themes?city=Havenstad&by=role')).breakdown!.rows.find((r) => r.key === 'bureaucracy' && r.value === role);

  it('lists the answers no term covers, with their segments and respondents, and never drops them', async () => {
    const body = await get<RoleMappingResponse>('/api/role-mapping?city=Havenstad');
    expect(body.unmapped).toEqual([
      { answer: 'Au pair', segments: 1, documents: 1 },
      { answer: 'Werkzoekend', segments: 1, documents: 1 },
    ]);
    expect(body.terms).toContainEqual({ term: 'phd candidate', role: 'researcher' });
    // counted under unknown in the figures: the two survey answers and the three social posts
    expect(await bureaucracy('unknown')).toMatchObject({ n: 5 });
  });

  it('relabels segments, respondents and figures when the analyst maps an answer', async () => {
    // before: one accompanying partner (respondent 6, negative about bureaucracy) answered the Likert item
    expect(await bureaucracy('partner')).toMatchObject({ n: 1, net: -100 });
    const survey = await get<SurveyResponse>('/api/survey?city=Havenstad&by=role');
    expect(survey.breakdown!.rows.filter((r) => r.value === 'partner').map((r) => r.n)).toEqual([1]);

    const res = await put({ edits: [{ term: 'Au pair', role: 'partner' }] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RoleMappingResponse & { relabelled: number };
    expect(body.relabelled).toBe(1);
    expect(body.unmapped).toEqual([{ answer: 'Werkzoekend', segments: 1, documents: 1 }]);
    expect(body.terms).toContainEqual({ term: 'au pair', role: 'partner' });

    expect(await store.all(`select role from documents where role_raw = 'Au pair' union all select role from segments where role_raw = 'Au pair'`))
      .toEqual([{ role: 'partner' }, { role: 'partner' }]);
    // after: respondent 3's negative bureaucracy sentence counts for partners, no longer for unknown
    expect(await bureaucracy('partner')).toMatchObject({ n: 2, net: -100 });
    expect(await bureaucracy('unknown')).toMatchObject({ n: 4 });
    // the facts were rebuilt with the new labels: their counts per role are the segments' own
    const facts = await store.all(`select role, sum(n)::INTEGER as n from month_facts group by role order by role`);
    expect(facts).toEqual(await store.all(`select role, count(*)::INTEGER as n from segments where not moderator group by role order by role`));
    expect(facts).toContainEqual({ role: 'partner', n: 3 });
    const after = await get<SurveyResponse>('/api/survey?city=Havenstad&by=role');
    expect(after.breakdown!.rows.filter((r) => r.value === 'partner').map((r) => r.n)).toEqual([2]);
  });

  it('removes a term (role null) and the answer is unmapped again', async () => {
    const res = await put({ edits: [{ term: 'au pair', role: null }] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as RoleMappingResponse).unmapped.map((u) => u.answer)).toEqual(['Au pair', 'Werkzoekend']);
    expect(await bureaucracy('partner')).toMatchObject({ n: 1 });
  });

  it('refuses a role outside the enumeration, naming the field', async () => {
    const res = await put({ edits: [{ term: 'au pair', role: 'nanny' }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/edits\.0\.role/);
  });
});
