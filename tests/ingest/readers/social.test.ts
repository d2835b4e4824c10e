import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, PUBLIC, pseudonymize, readAll } from './read-all.ts';

describe('Reddit thread JSON', () => {
  const file = resolve(PUBLIC, 'reddit/comments.json');

  it('reads the post and all 200 comments through nested replies, ignoring the 99 `more` stubs', async () => {
    const r = await readAll(file);
    expect(r.format).toBe('reddit-json');
    expect(r.stats).toEqual({ records: 201, skipped: 0, errors: [] });
    expect(r.docs.filter((d) => d.attrs.kind === 'post')).toHaveLength(1);
    expect(Math.max(...r.docs.map((d) => Number(d.attrs.depth ?? 0)))).toBe(8);
    expect(new Set(r.docs.map((d) => d.externalId)).size).toBe(201);
  });

  it('keeps the title of a link post with empty selftext and decodes entities and markdown', async () => {
    const r = await readAll(file);
    const post = r.docs[0];
    expect(post.externalId).toBe('t3_g7vyxy');
    expect(post.parts).toHaveLength(1);
    expect(post.parts[0].text.startsWith('[Rapoport] The #Redskins have agreed')).toBe(true);
    const all = r.docs.flatMap((d) => d.parts.map((p) => p.text)).join('\n');
    expect(all).not.toMatch(/&amp;|&gt;|\*\*|\[\]\(\/\w+\)/);
  });
});

describe('Mastodon statuses', () => {
  const file = resolve(PUBLIC, 'mastodon/tag_timeline.json');

  it('reads 20 statuses as plain text, without HTML, with hashtags and pseudonymised mentions', async () => {
    const r = await readAll(file);
    expect(r.format).toBe('mastodon-json');
    expect(r.stats).toEqual({ records: 20, skipped: 0, errors: [] });
    const texts = r.docs.map((d) => d.parts[0].text);
    expect(texts.some((t) => /<[a-z]/.test(t))).toBe(false);
    expect(texts).toContain('#mastodon test');
    // Old servers send no `language` key at all: no language rather than a guess.
    expect(r.docs.every((d) => d.language === undefined)).toBe(true);
    const reply = r.docs[0];
    expect(reply.attrs).toMatchObject({ kind: 'reply', hashtags: 'diaspora mastodon' });
    expect(String(reply.attrs.mentions).split(' ')).toHaveLength(2);
    expect(reply.author).toMatch(/^u[0-9a-f]{10}$/);
  });
});

describe('generic social CSV / NDJSON', () => {
  it('reads a semicolon CSV: reposts and link-only rows skipped, formulas and newlines kept, names dropped', async () => {
    const file = resolve(FIXTURES, 'social-posts.csv');
    const r = await readAll(file);
    expect(r.format).toBe('social-csv');
    expect(r.stats).toEqual({ records: 5, skipped: 2, errors: [] });
    expect(r.dropped).toEqual(['name', 'user_location']);
    expect(r.docs.map((d) => d.externalId)).toEqual(['101', '103', '105']);
    expect(r.docs[0]).toMatchObject({ date: '2025-05-14T10:02:00Z', language: 'nl', author: pseudonymize('harbourlife') });
    expect(r.docs[2].parts[0].text).toBe('=SUM(A1:A3) is what my rent feels like');
    expect(JSON.stringify(r.docs)).not.toMatch(/Jan Smit|N\. Owl|Lindholm/);
    expectGolden(r, file);
  });

  it('reads NDJSON: non-string and empty texts skipped, per-record city and group honoured', async () => {
    const file = resolve(FIXTURES, 'social-posts.ndjson');
    const r = await readAll(file);
    expect(r.format).toBe('social-ndjson');
    expect(r.stats).toEqual({ records: 5, skipped: 3, errors: [] });
    expect(r.dropped).toEqual(['user.location', 'user.name']);
    expect(r.docs[0].parts[0].text).toBe('Loving the <b>harbour</b> walk & the fish market');
    expect(r.docs[1]).toMatchObject({ city: 'Lindholm', group: 'resident', language: 'nl', date: '2025-06-01T08:00:00Z' });
    expectGolden(r, file);
  });
});
