import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoFiles, type DemoBuild } from '../../../data/demo/demo-files.ts';
import { PERIOD_END, PERIOD_START } from '../../../data/demo/calendar.ts';

type Tweet = { id: string; text: string; created_at: string; author_id: string; lang: string; referenced_tweets?: { type: string; id: string }[]; entities?: { hashtags?: { start: number; end: number; tag: string }[] } };
type Page = { data: Tweet[]; includes: { users: { id: string; username: string }[] }; meta: { result_count: number; newest_id: string; oldest_id: string; next_token?: string } };

let demo: DemoBuild;
beforeAll(() => {
  demo = buildDemoFiles({ seed: 11 });
});

describe('the X API v2 search saved by twarc2', () => {
  const pages = (city: string): Page[] => demo.files.get(`social/${city}-x-search.jsonl`)!.trimEnd().split('\n').map((l) => JSON.parse(l));

  it('has pages of at most 100 tweets, newest first, with meta that matches the data', () => {
    const ps = pages('havenstad');
    expect(ps).toHaveLength(30);
    for (const [i, p] of ps.entries()) {
      expect(p.data.length).toBeLessThanOrEqual(100);
      expect(p.meta.result_count).toBe(p.data.length);
      expect(p.meta.newest_id).toBe(p.data[0].id);
      expect(p.meta.oldest_id).toBe(p.data[p.data.length - 1].id);
      expect(p.meta.next_token === undefined).toBe(i === ps.length - 1);
      const authors = new Set(p.includes.users.map((u) => u.id));
      for (const t of p.data) expect(authors.has(t.author_id)).toBe(true);
    }
    const ids = ps.flatMap((p) => p.data.map((t) => BigInt(t.id)));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i] < ids[i - 1]).toBe(true);
  });

  it('has about 30% retweets written as "RT @user: …" with a retweeted reference, all inside the period', () => {
    const tweets = pages('lindholm').flatMap((p) => p.data);
    expect(tweets).toHaveLength(3000);
    const rts = tweets.filter((t) => t.referenced_tweets?.[0].type === 'retweeted');
    expect(rts.length / tweets.length).toBeCloseTo(0.3, 2);
    expect(rts.every((t) => t.text.startsWith('RT @'))).toBe(true);
    expect(tweets.filter((t) => !t.referenced_tweets).every((t) => !t.text.startsWith('RT @'))).toBe(true);
    const times = tweets.map((t) => Date.parse(t.created_at));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(PERIOD_START);
    expect(Math.max(...times)).toBeLessThanOrEqual(PERIOD_END);
    expect(tweets.some((t) => t.lang === 'zxx' && /^\S*https:\/\/t\.co\//.test(t.text))).toBe(true);
    expect(tweets.some((t) => t.lang === 'nl')).toBe(true);
  });

  it('reports hashtag entities at the code-point offsets of the text', () => {
    for (const t of pages('marenburg').flatMap((p) => p.data)) {
      for (const h of t.entities?.hashtags ?? []) expect(Array.from(t.text).slice(h.start, h.end).join('')).toBe(`#${h.tag}`);
    }
  });
});

describe('the Lindholm forum threads (Reddit JSON)', () => {
  it('are [Listing(t3), Listing(t1 …)] with nested replies and escaped entities', () => {
    const threads = [...demo.files].filter(([f]) => f.includes('reddit')).map(([, json]) => JSON.parse(json));
    expect(threads).toHaveLength(12);
    let nested = 0;
    for (const [post, comments] of threads) {
      expect(post.kind).toBe('Listing');
      expect(post.data.children[0].kind).toBe('t3');
      expect(comments.data.children.every((c: { kind: string }) => c.kind === 't1' || c.kind === 'more')).toBe(true);
      nested += comments.data.children.filter((c: { data: { replies: unknown } }) => c.data.replies && c.data.replies !== '').length;
    }
    expect(nested).toBeGreaterThan(10);
    const raw = [...demo.files].filter(([f]) => f.includes('reddit')).map(([, json]) => json).join('');
    expect(raw).toContain('&gt; ');
  });
});

describe('the focus-group notes', () => {
  it('open with the header lines and hold 20–40 turns of moderator questions and labelled participants (internationals with their country; besides campaign material)', () => {
    const sessions = [...demo.files].filter(([f]) => f.startsWith('focus-groups/'));
    expect(sessions).toHaveLength(27);
    for (const [file, md] of sessions) {
      const lines = md.split('\n');
      expect(lines[0]).toMatch(/^# Focus group — /);
      expect(lines[1]).toBe(`Date: ${file.match(/(\d{4}-\d\d-\d\d)/)![1]}`);
      expect(lines[2]).toMatch(/^City: (Havenstad|Lindholm|Marenburg)$/);
      expect(lines[3]).toMatch(/^Group: (resident|international|mixed)$/);
      expect(lines[4]).toMatch(/^Participants: \d \(/);
      // Havenstad's sessions end with campaign material shown ([Shown: …] markers and reactions,
      // data/demo/stimuli.ts) before the closing line: counted apart from the discussion
      const shown = lines.findIndex((l) => l.startsWith('[Shown: '));
      const closing = lines.findLastIndex((l) => l.startsWith('Moderator: '));
      const discussion = shown < 0 ? lines : [...lines.slice(0, shown), ...lines.slice(closing)];
      expect(shown >= 0, file).toBe(file.includes('havenstad'));
      const turns = discussion.filter((l) => /^(Moderator|P\d \((resident|international), \d\d, [FMX](, [a-z ]+)?(, [A-Z][A-Za-z ]+)?\)): /.test(l));
      expect(turns.length, file).toBeGreaterThanOrEqual(20);
      expect(turns.length, file).toBeLessThanOrEqual(40);
      expect(lines.filter((l) => l.startsWith('Moderator: ')).every((l) => /[?.]$/.test(l))).toBe(true);
    }
    expect(sessions.filter(([f]) => f.endsWith('-mixed.md'))).toHaveLength(1);
  });
});

describe('the campaign material in the Havenstad focus groups', () => {
  it('shows S1 and S2, each followed by the moderator\'s question and 4–5 participants\' reactions', () => {
    const sessions = [...demo.files].filter(([f]) => f.startsWith('focus-groups/havenstad'));
    expect(sessions).toHaveLength(9);
    for (const [file, md] of sessions) {
      const lines = md.split('\n');
      const markers = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('[Shown: '));
      expect(markers.map(([l]) => l), file).toEqual(['[Shown: S1 "Skyline at sunset poster"]', '[Shown: S2 "Saturday market video"]']);
      for (const [, i] of markers) {
        expect(lines[i + 1]).toMatch(/^Moderator: .*\?$/);
        const reactions = lines.slice(i + 2).findIndex((l) => !/^P\d \(/.test(l));
        expect(reactions, file).toBeGreaterThanOrEqual(4);
        expect(reactions, file).toBeLessThanOrEqual(5);
      }
    }
  });
});
