import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PUBLIC, pseudonymize, readAll, expectGolden } from './read-all.ts';

const brexit = resolve(PUBLIC, 'x-api-v2/brexit.jsonl');

describe('X API v2 (twarc2 JSONL pages)', () => {
  it('reads the real page: 100 tweets, 67 retweets skipped, 33 posts kept', async () => {
    const r = await readAll(brexit);
    expect(r.format).toBe('x-api-v2');
    expect(r.source).toBe('social');
    expect(r.stats).toEqual({ records: 100, skipped: 67, errors: [] });
    expect(r.docs).toHaveLength(33);
    expect(r.parts).toBe(33);
    const kinds = r.docs.map((d) => d.attrs.kind);
    expect(kinds.filter((k) => k === 'quote')).toHaveLength(11);
    expect(kinds.filter((k) => k === 'reply')).toHaveLength(10);
  });

  it('decodes entities, keeps platform ids and languages, drops "und"', async () => {
    const r = await readAll(brexit);
    const texts = r.docs.map((d) => d.parts[0].text).join('\n');
    expect(texts).not.toContain('&amp;');
    expect(texts).toContain(' & ');
    expect(r.docs.every((d) => /^\d+$/.test(d.externalId!))).toBe(true);
    expect(r.docs.some((d) => d.language === 'und')).toBe(false);
    expect(new Set(r.docs.map((d) => d.language))).toContain('en');
  });

  it('pseudonymises authors and mentions unless handles are kept', async () => {
    const r = await readAll(brexit);
    const reply = r.docs.find((d) => d.attrs.kind === 'reply' && d.attrs.mentions)!;
    expect(String(reply.attrs.mentions)).toMatch(/^u[0-9a-f]{10}( u[0-9a-f]{10})*$/);
    expect(reply.parts[0].text).toMatch(/^@u[0-9a-f]{10} /);
    const kept = await readAll(brexit, { keepHandles: true });
    const keptReply = kept.docs.find((d) => d.externalId === reply.externalId)!;
    expect(keptReply.author).not.toBe(reply.author);
    expect(reply.author).toBe(pseudonymize(String(keptReply.author).toLowerCase()));
  });

  it('skips retweets and link-only posts, keeps a quote with a comment (own fixture)', async () => {
    const path = resolve(FIXTURES, 'x-api-small.jsonl');
    const r = await readAll(path);
    expect(r.stats).toEqual({ records: 5, skipped: 3, errors: [] });
    expect(r.docs.map((d) => d.attrs.kind)).toEqual(['post', 'quote']);
    expect(r.docs[0].attrs).toMatchObject({ likes: 12, reposts: 3, replies: 1, hashtags: 'havenstad' });
    expect(r.docs[0].parts[0].text).toBe('Love the new ferry to #Havenstad harbour <b>not bold</b> & fast!');
    expectGolden(r, path);
  });

  it('also reads a pretty-printed response page and a plain JSON array of tweets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x-'));
    const tweet = { id: '7', text: 'Ferry to Havenstad was on time today', author_id: '1', lang: 'en' };
    const page = join(dir, 'page.json');
    writeFileSync(page, JSON.stringify({ data: [tweet], includes: { users: [{ id: '1', username: 'a' }] }, meta: { result_count: 1 } }, null, 2));
    const array = join(dir, 'tweets.json');
    writeFileSync(array, JSON.stringify([tweet, { ...tweet, id: '8', text: 'RT @a: Ferry' }], null, 2));
    for (const [file, skipped] of [[page, 0], [array, 1]] as const) {
      const r = await readAll(file);
      expect(r.format).toBe('x-api-v2');
      expect(r.stats).toEqual({ records: 1 + skipped, skipped, errors: [] });
      expect(r.docs[0]).toMatchObject({ externalId: '7', language: 'en' });
    }
  });

  it('rejects a truncated last line naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x-'));
    const path = join(dir, 'cut.jsonl');
    writeFileSync(path, '{"data":[{"id":"1","text":"hello there","author_id":"9"}],"includes":{"users":[]}}\n{"data":[{"id":"2","te');
    const r = await readAll(path);
    expect(r.stats.errors).toEqual([{ where: 'line 2', message: 'truncated JSON: the last line ends mid-record' }]);
  });
});
