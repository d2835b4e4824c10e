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

describe('Facebook "your posts in groups" (group_posts_v2)', () => {
  it('reads the posts with their dates, repairs mojibake, skips photo- and link-only posts and never stores the title', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    // Facebook writes UTF-8 bytes as Latin-1 characters: "café" arrives as "cafÃ©"
    const mojibake = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    const title = mojibake('Jan Smit posted in Buurtgroep Havenstad Oost.');
    const group = {
      group_posts_v2: [
        { timestamp: 1714560000, data: [{ post: mojibake('Het nieuwe café aan de haven is geweldig, één van de beste!') }], title },
        { timestamp: 1714646400, attachments: [{ data: [{ media: { uri: 'photos/1.jpg' } }] }], title },
        { timestamp: 1714732800, data: [{ post: 'https://example.com/ferry-timetable' }], attachments: [{ data: [{ external_context: { url: 'https://example.com/ferry-timetable' } }] }], title },
        { timestamp: 1714819200, data: [{ post: 'Weet iemand waarom de pont vandaag niet vaart?' }], title },
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'fb-'));
    const path = join(dir, 'your_posts_in_groups.json');
    writeFileSync(path, JSON.stringify(group, null, 2));
    const r = await readAll(path);
    expect(r.format).toBe('facebook-json');
    expect(r.source).toBe('social');
    expect(r.stats).toEqual({ records: 4, skipped: 2, errors: [] });
    expect(r.docs.map((d) => d.parts[0].text)).toEqual([
      'Het nieuwe café aan de haven is geweldig, één van de beste!',
      'Weet iemand waarom de pont vandaag niet vaart?',
    ]);
    expect(r.docs.map((d) => d.date)).toEqual(['2024-05-01T10:40:00Z', '2024-05-04T10:40:00Z']);
    expect(JSON.stringify(r.docs)).not.toMatch(/Jan Smit|Smit|posted in|Buurtgroep/);
  });
});
