import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemesResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/mapping.ts';
import type { Store } from '../../data/db/store.ts';
import type { Jobs } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const CITY = 'Havenstad';

/** Open answers with an id each (so equal answers are not duplicates). "allotment" is in no theme file. */
function survey(dir: string, name: string, answers: [string, number][]): string {
  const rows = answers.flatMap(([text, n]) => Array.from({ length: n }, () => text)).map((t, i) => `${name}-${i + 1},"${t}"`);
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, ['id,comment', ...rows].join('\n') + '\n');
  return path;
}

describe('custom theme terms: POST/DELETE /api/theme-terms re-annotate the segments they touch', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let jobs: Jobs;
  let ana: Login;
  let vic: Login;
  beforeAll(async () => {
    ({ app, store, jobs } = await trustApp({ settings: { uploadDir: tmp.dir } }));
    ana = await loginAs(app, store, 'ana', 'analyst');
    vic = await loginAs(app, store, 'vic', 'viewer');
    const summary = await ingestFile(store, survey(tmp.dir, 'first', [
      ['My allotment is the best thing about this town.', 5],
      ['We waited four years for one of the allotments.', 3],
      ['The reallotment was chaotic.', 4], // contains the letters, not the word: must never match
      ['The trams are often late.', 6],
    ]), { city: CITY, mapping: parseColumnMapping({ id: 'id', text: ['comment'], defaultGroup: 'resident' }) });
    expect(summary).toMatchObject({ documents: 18, segments: 18, errors: [] });
  }, 60_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  const themes = async () => (await (await app.request(`/api/themes?city=${CITY}`, { headers: as(ana) })).json()) as ThemesResponse;
  const n = (d: ThemesResponse, theme: string) => d.themes.find((t) => t.theme === theme)?.n ?? 0;
  const add = (login: Login, body: unknown, headers = as(login)) =>
    app.request('/api/theme-terms', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const remove = (theme: string, term: string) =>
    app.request(`/api/theme-terms/${theme}/${encodeURIComponent(term)}`, { method: 'DELETE', headers: as(ana) });
  const rowsOf = (term: string) => store.all<{ text: string; start: number; end: number }>(
    `select s.text, t.start_offset as start, t.end_offset as "end" from segment_themes t join segments s on s.id = t.segment_id where t.term = $term order by s.id`, { term });

  it('starts with the word uncovered: unclassified and suggested as a new term', async () => {
    const d = await themes();
    expect(n(d, 'environment')).toBe(0);
    expect(n(d, 'unclassified')).toBe(12);
    expect(n(d, 'mobility')).toBe(6);
    expect(d.suggestedTerms).toContainEqual({ term: 'allotment', n: 8 });
  });

  it('adding "Allotment" to environment moves exactly its 8 segments into the theme, whole words only', async () => {
    const res = await add(ana, { theme: 'environment', term: '  Allotment ' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ op: 'add', theme: 'environment', term: 'allotment', segments: 8, matches: 8, scanned: 18 });
    const d = await themes();
    expect(n(d, 'environment')).toBe(8);
    expect(n(d, 'unclassified')).toBe(4);
    expect(n(d, 'mobility')).toBe(6);
    expect(d.suggestedTerms.map((t) => t.term)).not.toContain('allotment');
    // the match spans are the word itself (singular and plural), never "reallotment"
    const rows = await rowsOf('allotment');
    expect(rows.map((r) => r.text.slice(r.start, r.end))).toEqual([...Array(5).fill('allotment'), ...Array(3).fill('allotments')]);
    const list = await (await app.request('/api/theme-terms', { headers: as(vic) })).json();
    expect(list.terms).toMatchObject([{ theme: 'environment', term: 'allotment', addedBy: 'ana' }]);
    const audit = await store.all<{ actor: string; target: string }>(`select actor, target from audit_log where action = 'theme-term.add'`);
    expect(audit).toEqual([{ actor: 'ana', target: 'environment: allotment' }]);
  }, 60_000);

  it('refuses duplicates, taxonomy terms, bad input, viewers and requests without the CSRF token', async () => {
    expect((await add(ana, { theme: 'environment', term: 'ALLOTMENT' })).status).toBe(409);
    expect((await add(ana, { theme: 'mobility', term: 'trams' })).status).toBe(409);
    expect((await add(ana, { theme: 'weather', term: 'rain' })).status).toBe(400);
    expect((await add(ana, { theme: 'environment', term: 'a*' })).status).toBe(400);
    expect((await add(vic, { theme: 'environment', term: 'compost' })).status).toBe(403);
    expect((await add(ana, { theme: 'environment', term: 'compost' }, { cookie: ana.cookie })).status).toBe(403);
    expect((await store.all(`select * from theme_terms`)).length).toBe(1);
  });

  it('an upload after the change is analysed with the custom term', async () => {
    const body = multipart({ city: CITY, group: 'resident', mapping: JSON.stringify({ id: 'id', text: ['comment'] }) },
      { name: 'second.csv', data: Buffer.from('id,comment\nb1,"I love my allotment."\nb2,"Allotment holders grow their own vegetables."\nb3,"Allotment rents went up again."\n') });
    const res = await app.request('/api/uploads', { method: 'POST', headers: { ...as(ana), 'content-type': MULTIPART_TYPE }, body });
    expect(res.status).toBe(202);
    await jobs.idle();
    const d = await themes();
    expect(n(d, 'environment')).toBe(11);
    expect(n(d, 'housing')).toBe(1); // "rents": the segment is in both themes
    expect(n(d, 'unclassified')).toBe(4);
  }, 60_000);

  it('removing the term moves all 11 segments back where they were; the one with another theme keeps it', async () => {
    const res = await remove('environment', 'allotment');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ op: 'remove', segments: 11, matches: 1, scanned: 11 });
    const d = await themes();
    expect(n(d, 'environment')).toBe(0);
    expect(n(d, 'unclassified')).toBe(14);
    expect(n(d, 'housing')).toBe(1);
    expect(n(d, 'mobility')).toBe(6);
    expect(await rowsOf('allotment')).toEqual([]);
    expect((await remove('environment', 'allotment')).status).toBe(404);
    expect((await remove('weather', 'rain')).status).toBe(404);
  }, 60_000);

  it('takes multi-word terms, and removes them by their URL-encoded path', async () => {
    const res = await add(ana, { theme: 'culture_events', term: 'City  Fair' });
    expect(await res.json()).toMatchObject({ term: 'city fair', segments: 0 });
    const gone = await remove('culture_events', 'city fair');
    expect(gone.status).toBe(200);
    expect((await store.all(`select * from theme_terms`)).length).toBe(0);
  }, 60_000);
});
