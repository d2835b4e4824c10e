import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, PUBLIC, pseudonymize, readAll } from './read-all.ts';

describe('WebVTT and SRT transcripts', () => {
  it('reads the Zoom transcript as one session, merging consecutive cues of a speaker, names pseudonymised', async () => {
    const r = await readAll(resolve(PUBLIC, 'zoom/GMT20240124-202901_Recording.transcript.vtt'));
    expect(r.format).toBe('webvtt');
    expect(r.source).toBe('focus-group');
    expect(r.stats).toEqual({ records: 1, skipped: 0, errors: [] });
    const [doc] = r.docs;
    expect(doc.attrs).toEqual({ cues: 102, durationSeconds: 736 });
    expect(doc.date).toBe('2024-01-24T20:29:01Z');
    expect(doc.parts).toHaveLength(26);
    const speakers = new Set(doc.parts.map((p) => p.speaker));
    expect(speakers.size).toBe(6); // five named speakers and the unlabeled cue
    expect(speakers).toContain(pseudonymize('Dr. Melissa Ko'));
    // Names spoken inside a turn are content; as speaker labels they never appear.
    expect([...speakers].join(' ')).not.toMatch(/Melissa|Conor|Srijani/);
    expect(doc.parts[2].text).toBe('Hello! Hello! Hello! Why are you so dark? So');
  });

  it('accepts the caption track without speakers (CRLF, no cue ids) as one unattributed session', async () => {
    const r = await readAll(resolve(PUBLIC, 'zoom/GMT20240124-202901_Recording.cc.vtt'));
    expect(r.stats).toEqual({ records: 1, skipped: 0, errors: [] });
    expect(r.docs[0].attrs.cues).toBe(100);
    expect(r.docs[0].parts).toHaveLength(1);
    expect(r.docs[0].parts[0].speaker).toBeUndefined();
    expect(r.docs[0].parts[0].text.startsWith("This doesn't. This as a nerd")).toBe(true);
  });

  it('reads Teams voice tags, decodes entities and strips inline tags', async () => {
    const file = resolve(FIXTURES, 'teams-interview.vtt');
    const r = await readAll(file, { group: 'international' });
    const parts = r.docs[0].parts;
    expect(parts.map((p) => [p.speaker, p.moderator ?? false])).toEqual([
      ['Interviewer', true], [pseudonymize('Maria Rossi'), false], ['Interviewer', true], [pseudonymize('Maria Rossi'), false],
    ]);
    expect(parts[1].text).toBe('About two years. I came for a job at the port. Finding an apartment took four months & a lot of luck.');
    expect(parts[3].text).toBe('The welcome desk was great, but every letter is in Dutch.');
    expect(r.docs[0].group).toBe('international');
    expectGolden(r, file);
  });

  it('reads SRT with labelled speakers and drops sound annotations', async () => {
    const r = await readAll(resolve(FIXTURES, 'focus-group.srt'));
    expect(r.format).toBe('srt');
    expect(r.docs[0].parts).toEqual([
      { text: 'What does "open city" mean to you?', speaker: 'MODERATOR', moderator: true },
      { text: 'That nobody asks where you are from.', speaker: 'P1' },
      { text: 'For me, cheap rent. Which it is not. Really not.', speaker: 'P2' },
    ]);
  });
});
