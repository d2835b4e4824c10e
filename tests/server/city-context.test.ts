import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityContextResponse, CompareResponse } from '../../data/types.ts';
import type { Store } from '../../data/db/store.ts';
import { loadKnownDataset } from '../helpers/known-dataset.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

// Testville (tests/helpers/known-dataset.ts): 4 documents, 13 segments (4 brand, 8 audience, 1 moderator);
// audience segments about housing: 11, 12, 21, 22 (n = 4; the moderator's 31 never counts), culture_events: 22 (n = 1).
// With a population of 8,000: documents 4 / 8,000 × 10,000 = 5; segments 13 → 16.25; housing 4 → 5; culture 1 → 1.25.
const CONTEXT = {
  population: { value: 8000, source: 'Testville statistics office', year: 2024 },
  bornAbroad: { value: 0.125, source: 'Testville statistics office', year: 2023 },
  nationalities: { value: 97, source: 'Municipal register', year: 2024 },
};

describe('city context: GET/PUT /api/cities/:city/context and per-10,000 rates on /api/compare', () => {
  let app: App;
  let store: Store;
  let ana: Login;
  let vic: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    await loadKnownDataset(store);
    ana = await loginAs(app, store, 'ana', 'analyst');
    vic = await loginAs(app, store, 'vic', 'viewer');
  });
  afterAll(() => store.close());

  const put = (login: Login, body: unknown, city = 'Testville') => app.request(`/api/cities/${city}/context`, {
    method: 'PUT', headers: { ...as(login), 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const get = async (city: string) => (await (await app.request(`/api/cities/${city}/context`, { headers: as(vic) })).json()) as CityContextResponse;
  const compare = async (qs: string) => {
    const res = await app.request(`/api/compare?cities=Testville,Othertown${qs}`, { headers: as(vic) });
    expect(res.status).toBe(200);
    return (await res.json()) as CompareResponse;
  };

  it('reads an empty context before anything is entered, and 404s an unknown city', async () => {
    expect(await get('Testville')).toEqual({ city: 'Testville', population: null, bornAbroad: null, nationalities: null, updatedBy: null, updatedAt: null });
    expect((await app.request('/api/cities/Atlantis/context', { headers: as(vic) })).status).toBe(404);
  });

  it('refuses bad figures with a 400 naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ ...CONTEXT, population: { ...CONTEXT.population, value: 0 } }, 'population.value'],
      [{ ...CONTEXT, population: { ...CONTEXT.population, value: 8000.5 } }, 'population.value'],
      [{ ...CONTEXT, bornAbroad: { ...CONTEXT.bornAbroad, value: 12.5 } }, 'bornAbroad.value'],
      [{ ...CONTEXT, bornAbroad: { ...CONTEXT.bornAbroad, value: -0.1 } }, 'bornAbroad.value'],
      [{ ...CONTEXT, nationalities: { ...CONTEXT.nationalities, value: -3 } }, 'nationalities.value'],
      [{ ...CONTEXT, nationalities: { ...CONTEXT.nationalities, year: 1899 } }, 'nationalities.year'],
      [{ ...CONTEXT, population: { ...CONTEXT.population, year: 2101 } }, 'population.year'],
      [{ ...CONTEXT, population: { ...CONTEXT.population, source: 'x'.repeat(301) } }, 'population.source'],
      [{ ...CONTEXT, population: { ...CONTEXT.population, source: '  ' } }, 'population.source'],
      [{ ...CONTEXT, population: { value: 8000, year: 2024 } }, 'population.source'],
    ];
    for (const [body, field] of cases) {
      const res = await put(ana, body);
      expect(res.status, field).toBe(400);
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect(err.error.message.startsWith(`${field}:`), err.error.message).toBe(true);
      expect(err.error.code).toBe(`bad_${field.split('.')[0]}`);
    }
    expect(await store.all(`select * from city_context`)).toEqual([]);
  });

  it('lets analysts write (recorded in the audit log) and viewers only read', async () => {
    expect((await put(vic, CONTEXT)).status).toBe(403);
    const res = await put(ana, CONTEXT);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ city: 'Testville', ...CONTEXT, updatedBy: 'ana' });
    expect(await get('Testville')).toMatchObject({ ...CONTEXT, updatedBy: 'ana' });
    const audit = await store.all<{ actor: string; target: string; detail: string }>(
      `select actor, target, detail::VARCHAR as detail from audit_log where action = 'city.context'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'ana', target: 'Testville' });
    expect(JSON.parse(audit[0].detail).population).toEqual(CONTEXT.population);
    // a figure left out is cleared, never kept from before or set to 0
    expect((await put(ana, { population: CONTEXT.population })).status).toBe(200);
    expect(await get('Testville')).toMatchObject({ population: CONTEXT.population, bornAbroad: null, nationalities: null });
    expect((await put(ana, CONTEXT)).status).toBe(200);
  });

  it('gives counts per 10,000 residents on paper, leaves shares and nets alone, and marks a city without a population', async () => {
    const plain = await compare('');
    expect(plain.per).toBeNull();
    expect(plain.cities[0].per10k).toBeUndefined();
    expect(plain.cities[0].population).toEqual(CONTEXT.population);
    const d = await compare('&per=10k');
    expect(d.per).toBe('10k');
    const [testville, othertown] = d.cities;
    expect(testville.city).toBe('Testville');
    expect(testville.per10k).toEqual({
      documents: 5, segments: 16.25,
      dimensions: [{ dimension: 'housing', n: 4, rate: 5 }, { dimension: 'culture_events', n: 1, rate: 1.25 }],
    });
    // shares stay of the city's own 8 audience segments: 4/8 and 1/8; the net is the same figure as without per
    expect(testville.dimensions.map((x) => [x.dimension, x.share])).toEqual([['housing', 0.5], ['culture_events', 0.125]]);
    expect(testville.dimensions).toEqual(plain.cities[0].dimensions);
    expect(othertown).toMatchObject({ city: 'Othertown', population: null, per10k: null, documents: 1, segments: 1 });
  });

  it('exports the rates flat: population, its source and year, and per_10k beside each dimension', async () => {
    const res = await app.request('/api/export?view=compare&format=csv&cities=Testville,Othertown&per=10k', { headers: as(vic) });
    expect(res.status).toBe(200);
    const [head, ...lines] = (await res.text()).replace(/^\ufeff/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const rows = lines.map((l) => Object.fromEntries(head.map((h, i) => [h, l[i]])));
    expect(rows.map((r) => [r.city, r.dimension, r.n, r.share, r.per_10k, r.population, r.population_source, r.population_year])).toEqual([
      ['Testville', 'housing', '4', '0.5', '5', '8000', 'Testville statistics office', '2024'],
      ['Testville', 'culture_events', '1', '0.125', '1.25', '8000', 'Testville statistics office', '2024'],
    ]);
  });

  it('refuses an unknown per with a 400 naming it', async () => {
    const res = await app.request('/api/compare?cities=Testville,Othertown&per=100k', { headers: as(vic) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('per');
  });
});
