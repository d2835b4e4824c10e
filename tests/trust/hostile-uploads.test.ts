/**
 * Hostile uploads against a running server (issue 17): each file is built here, exceeds one cap
 * (lowered by the environment, as an administrator would set them), and must end as a rejected
 * job naming that cap and its setting, while /api/health keeps answering within a second, the
 * process stays under its memory bound and nothing is stored.
 */
import { copyFileSync, openAsBlob } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadView } from '../../server/jobs.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { writeBigDocx, writeBigJsonDocument, writeBigXlsx, writeOneFieldCsv, writePdfStreamBomb } from './hostile-files.ts';
import { liveLogin, rssMb, startLiveServer, type LiveServer } from './live-server.ts';

const CAPS = {
  BRANDGAP_PARSE_MEMORY_MB: '128', BRANDGAP_MAX_EXPANDED_MB: '32', BRANDGAP_MAX_RECORD_KB: '256',
  BRANDGAP_MAX_SEGMENTS: '2000', BRANDGAP_PARSE_TIMEOUT_MIN: '1', BRANDGAP_DB_MEMORY_MB: '128', BRANDGAP_UPLOADS_PER_USER: '5',
};
/** The README's bound on the server's RSS: DuckDB's memory + 3 × the reading thread's heap + 400 MB (measured: 670–730 MB). */
const RSS_CAP_MB = 128 + 3 * 128 + 400;
const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('hostile uploads: a file past a cap fails alone; the server keeps answering and stores nothing', () => {
  const tmp = tmpDir('brandgap-hostile-');
  let server: LiveServer;
  let login: { cookie: string; csrf: string };
  let citiesBefore: unknown;
  const health: number[] = [];
  const healthFailures: string[] = [];
  let peakRss = 0;
  let watching = true;
  let watchers: Promise<void>;

  const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { cookie: login.cookie } })).json();
  const upload = async (file: string, fields: Record<string, string>): Promise<UploadView> => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', await openAsBlob(file), basename(file));
    const res = await fetch(`${server.url}/api/uploads`, { method: 'POST', headers: { cookie: login.cookie, 'x-csrf-token': login.csrf }, body: form });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    for (;;) {
      const view = (await get(`/api/uploads/${id}`)) as UploadView;
      if (!['queued', 'running'].includes(view.status)) return view;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const refusal = (view: UploadView) => view.summary?.errors.map((e) => e.message).join('; ') ?? view.error ?? '';

  const files = {
    docx: join(tmp.dir, 'brand-book-huge.docx'), csv: join(tmp.dir, 'posts-one-field.csv'), pdf: join(tmp.dir, 'flyer.pdf'),
    xlsx: join(tmp.dir, 'answers.xlsx'), json: join(tmp.dir, 'posts.json'),
  };
  const ratios = { docx: 0, pdf: 0 };

  beforeAll(async () => {
    // built before the watching starts: building blocks this process, whose clock times the health checks
    ratios.docx = writeBigDocx(files.docx, 24);
    await writeOneFieldCsv(files.csv, 4);
    ratios.pdf = writePdfStreamBomb(files.pdf, 64);
    writeBigXlsx(files.xlsx, 40);
    await writeBigJsonDocument(files.json, 48);
    server = await startLiveServer(tmp.dir, { ana: 'analyst' }, CAPS);
    login = await liveLogin(server.url, 'ana');
    const good = join(tmp.dir, 'social-posts.csv');
    copyFileSync(join(FIXTURES, 'social-posts.csv'), good);
    expect((await upload(good, { city: 'Havenstad', source: 'social' })).status).toBe('stored');
    citiesBefore = await get('/api/cities');
    // watch from outside for the whole suite: one health request at a time, RSS every 100 ms
    watchers = Promise.all([
      (async () => {
        while (watching) {
          const t = performance.now();
          try {
            const res = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5000) });
            if (res.status !== 200) healthFailures.push(`status ${res.status}`);
          } catch (err) {
            healthFailures.push((err as Error).message);
          }
          health.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 100));
        }
      })(),
      (async () => {
        while (watching) {
          if (server.child.exitCode === null) peakRss = Math.max(peakRss, rssMb(server.pid));
          await new Promise((r) => setTimeout(r, 100));
        }
      })(),
    ]).then(() => undefined);
  });
  afterAll(async () => {
    watching = false;
    await watchers;
    await server?.stop();
    tmp.cleanup();
  });

  it('a DOCX whose document.xml expands 12:1 into more paragraphs than a document may hold fails naming BRANDGAP_MAX_SEGMENTS', async () => {
    expect(ratios.docx).toBeLessThan(200); // under the zip-ratio check: only the streamed reading can stop it
    const view = await upload(files.docx, { city: 'Havenstad' });
    expect(view.status).toBe('rejected');
    expect(refusal(view)).toMatch(/parts.*at most 2000 .*BRANDGAP_MAX_SEGMENTS raises it/);
  });

  it('a CSV with one 4 MB field fails naming the record length and BRANDGAP_MAX_RECORD_KB', async () => {
    const view = await upload(files.csv, { city: 'Havenstad', source: 'social' });
    expect(view.status).toBe('rejected');
    expect(view.summary?.errors[0].where).toBe('row 2 (line 2)');
    expect(refusal(view)).toMatch(/longer than 256 KB.*BRANDGAP_MAX_RECORD_KB raises it/);
  });

  it('a 64 KB PDF whose one stream inflates 1000:1 fails naming BRANDGAP_MAX_EXPANDED_MB before the PDF reader sees it', async () => {
    expect(ratios.pdf).toBeGreaterThan(900);
    const view = await upload(files.pdf, { city: 'Havenstad' });
    expect(view.status).toBe('rejected');
    expect(refusal(view)).toMatch(/PDF's compressed streams expand past 32 MB.*BRANDGAP_MAX_EXPANDED_MB raises it/);
  });

  it('a large XLSX whose worksheet expands past the cap fails naming BRANDGAP_MAX_EXPANDED_MB', async () => {
    const view = await upload(files.xlsx, { city: 'Havenstad', mapping: JSON.stringify({ id: 'id', text: ['comment'] }) });
    expect(view.status).toBe('rejected');
    expect(refusal(view)).toMatch(/expands to 40 MB; at most 32 MB.*BRANDGAP_MAX_EXPANDED_MB raises it/);
  });

  it('a 48 MB JSON document that needs more heap than the reading thread has fails naming BRANDGAP_PARSE_MEMORY_MB', async () => {
    const view = await upload(files.json, { city: 'Havenstad', source: 'social' });
    expect(view.status).toBe('rejected');
    expect(refusal(view)).toMatch(/more memory than allowed: the limit is 128 MB .*BRANDGAP_PARSE_MEMORY_MB raises it/);
  });

  it('throughout, /api/health answered every request within 1 s, the process stayed under its memory bound and nothing was stored', async () => {
    expect(server.child.exitCode).toBeNull();
    expect(healthFailures).toEqual([]);
    expect(health.length).toBeGreaterThan(20);
    expect(Math.max(...health)).toBeLessThan(1000);
    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(RSS_CAP_MB);
    expect(await get('/api/cities')).toEqual(citiesBefore);
    console.log(`hostile uploads: ${health.length} health checks, slowest ${Math.round(Math.max(...health))} ms; peak RSS ${Math.round(peakRss)} MB`);
  });
});
