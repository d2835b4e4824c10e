import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, pseudonymize, readAll } from './read-all.ts';

const demo = resolve(FIXTURES, 'focus-group-demo.md');

function tmpFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fg-')), name);
  writeFileSync(path, text);
  return path;
}

describe('focus-group notes (Markdown / text)', () => {
  it('reads one session with its header and ten speaker turns', async () => {
    const r = await readAll(demo);
    expect(r.format).toBe('focus-group-markdown');
    expect(r.source).toBe('focus-group');
    expect(r.stats).toEqual({ records: 1, skipped: 0, errors: [] });
    expect(r.parts).toBe(10);
    const doc = r.docs[0];
    expect(doc).toMatchObject({ city: 'Havenstad', group: 'international', date: '2025-05-14' });
    expect(doc.attrs).toMatchObject({ participantCount: 6, title: 'Focus group — internationals in Havenstad, May 2025' });
    expectGolden(r, demo);
  });

  it('joins continuation lines to the previous turn and keeps speaker attributes', async () => {
    const [doc] = (await readAll(demo)).docs;
    expect(doc.parts[1]).toEqual({
      text: 'Honestly, I expected a small, quiet port town. It turned out to be much more lively than the brochures suggested.',
      speaker: 'P1',
      speakerAttrs: { group: 'international', age: '29', ageBand: '25–34', gender: 'F', role: 'student' },
    });
    // Attributes given at a speaker's first turn carry over to later turns.
    expect(doc.parts[5].speakerAttrs).toEqual(doc.parts[1].speakerAttrs);
  });

  it('marks moderator and facilitator turns, and never stores a full name', async () => {
    const r = await readAll(demo);
    const [doc] = r.docs;
    expect(doc.parts.filter((p) => p.moderator).map((p) => p.speaker)).toEqual(['Moderator', 'Moderator', 'Facilitator']);
    expect(doc.parts[6].speaker).toBe(pseudonymize('Anna de Vries'));
    expect(JSON.stringify(r.docs)).not.toContain('Anna');
  });

  it('splits a file with several `#` sessions into one document each, with defaults from options', async () => {
    const path = tmpFile('two.txt', [
      '# Session 1', 'Date: 12/03/2025', '', 'Interviewer: How is the housing market?', 'R1: Terrible.', 'R2: Fine for me.',
      '# Session 2', 'Group: residents', '', 'Moderator: And transport?', 'P1: The buses are late.', '', 'Always.',
    ].join('\r\n'));
    const r = await readAll(path, { group: 'visitor' });
    expect(r.format).toBe('focus-group-markdown');
    expect(r.docs.map((d) => [d.group, d.date, d.parts.length])).toEqual([['visitor', '2025-03-12', 3], ['resident', undefined, 2]]);
    expect(r.docs[1].parts[1].text).toBe('The buses are late.\nAlways.');
  });
});
