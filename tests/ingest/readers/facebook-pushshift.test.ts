import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../ingest/readers/facebook.ts';
import { expectGolden, FIXTURES, pseudonymize, readAll } from './read-all.ts';

describe('Facebook "Download your information" JSON', () => {
  it('repairs mojibake, skips link/photo-only posts and drops names and places', async () => {
    const file = resolve(FIXTURES, 'facebook-posts.json');
    const r = await readAll(file);
    expect(r.format).toBe('facebook-json');
    expect(r.stats).toEqual({ records: 4, skipped: 2, errors: [] });
    expect(r.docs.map((d) => d.parts[0].text)).toEqual([
      'Café De Haven is één van de beste plekken in Havenstad ☕ #havenstad',
      'The ferry strike again… three days without a boat to work 😤',
    ]);
    expect(JSON.stringify(r.docs)).not.toMatch(/Jan Smit|Havenstad Pier|53\.2/);
    expectGolden(r, file);
  });

  it('leaves correct text and non-Latin-1 text alone', () => {
    expect(repairMojibake('Café')).toBe('Café');
    expect(repairMojibake('CafÃ©')).toBe('Café');
    expect(repairMojibake('東京')).toBe('東京');
  });
});

describe('Pushshift NDJSON', () => {
  it('reads submissions and comments line by line, skipping deleted ones and quoted text', async () => {
    const file = resolve(FIXTURES, 'pushshift-comments.ndjson');
    const r = await readAll(file);
    expect(r.format).toBe('pushshift-ndjson');
    expect(r.stats).toEqual({ records: 4, skipped: 1, errors: [] });
    expect(r.docs.map((d) => [d.externalId, d.attrs.kind])).toEqual([['t1_k1a2b3', 'comment'], ['t3_zz2', 'post'], ['t1_k1a2b5', 'comment']]);
    expect(r.docs[0].parts[0].text).toBe('Moved to Havenstad last year. The people are direct but kind & honest.');
    expect(r.docs[1]).toMatchObject({ date: '2024-05-02T10:00:00Z', author: pseudonymize('newbie_hs') });
    expect(r.docs[2].parts[0].text).toBe('Try the housing desk at the university: link');
  });
});
