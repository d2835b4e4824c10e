import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { Store } from '../../data/db/store.ts';
import { CONSISTENT, dataCounts, orphans } from './consistency.ts';
import { as, loginAs, trustApp, type App, type Login } from './trust-app.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('privacy deletions: a source, a respondent or an author, and everything derived', () => {
  let app: App;
  let store: Store;
  let analyst: Login;
  let viewer: Login;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    for (const [file, source] of [['qualtrics-demo.csv', 'survey'], ['social-posts.csv', 'social'], ['x-api-small.jsonl', 'social'], ['focus-group-demo.md', 'focus-group']] as const) {
      const s = await ingestFile(store, join(FIXTURES, file), { city: 'Havenstad', source });
      expect(s.errors, file).toEqual([]);
    }
    analyst = await loginAs(app, store, 'priv', 'analyst');
    viewer = await loginAs(app, store, 'look', 'viewer');
  });
  afterAll(() => store.close());
  const del = (path: string, who = analyst) => app.request(path, { method: 'DELETE', headers: as(who) });

  it('lists sources with their document and segment counts', async () => {
    const res = await app.request('/api/sources?city=havenstad', { headers: as(viewer) });
    const { sources } = await res.json();
    const counts = await dataCounts(store);
    expect(sources).toHaveLength(4);
    expect(sources.reduce((a: number, s: { documents: number }) => a + s.documents, 0)).toBe(counts.documents);
    expect(sources.reduce((a: number, s: { segments: number }) => a + s.segments, 0)).toBe(counts.segments);
    expect(sources[0]).toMatchObject({ id: 1, city: 'Havenstad', kind: 'survey', file_name: 'qualtrics-demo.csv' });
  });

  it('deletes an author\'s posts in every source, with segments, themes, values and terms', async () => {
    const [{ author, n }] = await store.all<{ author: string; n: number }>(
      `select author_key as author, count(*)::INTEGER as n from documents where author_key is not null group by 1 order by 2 desc, 1 limit 1`);
    const before = await dataCounts(store);
    const res = await del(`/api/authors/${encodeURIComponent(author)}`);
    expect(res.status).toBe(200);
    const { deleted } = await res.json();
    expect(deleted.documents).toBe(n);
    const after = await dataCounts(store);
    expect(after.documents).toBe(before.documents - n);
    expect(after.segments).toBe(before.segments - deleted.segments);
    expect((await store.all(`select 1 from documents where author_key = $author`, { author }))).toEqual([]);
    expect((await del(`/api/authors/${encodeURIComponent(author)}`)).status).toBe(404);
  });

  it('deletes one survey respondent with their answers', async () => {
    const [{ id, answers }] = await store.all<{ id: number; answers: number }>(
      `select d.id::INTEGER as id, count(*)::INTEGER as answers from documents d join survey_answers a on a.document_id = d.id group by 1 order by 1 limit 1`);
    const res = await del(`/api/documents/${id}`);
    expect(res.status).toBe(200);
    expect((await res.json()).deleted).toMatchObject({ documents: 1, answers });
    expect(await store.all(`select 1 from survey_answers where document_id = $id`, { id })).toEqual([]);
  });

  it('deletes a whole source with its survey items, leaving the other sources as they were', async () => {
    const before = await store.all<{ id: number; n: number }>(`select source_id::INTEGER as id, count(*)::INTEGER as n from documents group by 1 order by 1`);
    const res = await del('/api/sources/1');
    expect(res.status).toBe(200);
    const after = await store.all<{ id: number; n: number }>(`select source_id::INTEGER as id, count(*)::INTEGER as n from documents group by 1 order by 1`);
    expect(after).toEqual(before.filter((s) => s.id !== 1));
    expect(await store.all(`select 1 from survey_items where source_id = 1`)).toEqual([]);
    expect(await store.all(`select 1 from sources where id = 1`)).toEqual([]);
    expect(await orphans(store)).toEqual(CONSISTENT);
  });

  it('needs an analyst, answers 404 and 400 for unknown and malformed ids, and audits every deletion', async () => {
    expect((await del('/api/sources/2', viewer)).status).toBe(403);
    expect((await del('/api/sources/999')).status).toBe(404);
    expect((await del('/api/sources/1%20or%201=1')).status).toBe(400);
    expect((await del('/api/documents/-1')).status).toBe(400);
    const audit = await store.all<{ actor: string; action: string }>(`select actor, action from audit_log where action like 'delete.%' order by happened_at`);
    expect(audit).toEqual([
      { actor: 'priv', action: 'delete.author' }, { actor: 'priv', action: 'delete.document' }, { actor: 'priv', action: 'delete.source' },
    ]);
  });
});
