import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, readAll } from './read-all.ts';

describe('DOCX and PDF', () => {
  it('reads DOCX notes with speaker turns as a focus-group session', async () => {
    const file = resolve(FIXTURES, 'focus-group-notes.docx');
    const r = await readAll(file);
    expect(r.format).toBe('focus-group-docx');
    expect(r.source).toBe('focus-group');
    const [doc] = r.docs;
    expect(doc).toMatchObject({ date: '2025-06-03', group: 'resident' });
    expect(doc.attrs).toMatchObject({ title: 'Focus group residents — Havenstad Noord', participantCount: 5 });
    expect(doc.parts.map((p) => p.speaker)).toEqual(['Moderator', 'R1', 'R2', 'Moderator', 'R1']);
    expect(doc.parts[2]).toEqual({ text: 'Rents doubled in ten years.\nWe cannot stay if this goes on.', speaker: 'R2', speakerAttrs: { group: 'resident', age: '45', ageBand: '45–54', gender: 'F' } });
    expect(doc.parts[4].speakerAttrs).toEqual({ group: 'resident', age: '67', ageBand: '65+', gender: 'M', role: 'retired' });
    expectGolden(r, file);
  });

  it('reads a DOCX without turns as brand text, one part per paragraph', async () => {
    const r = await readAll(resolve(FIXTURES, 'brand-book.docx'));
    expect(r.format).toBe('brand-docx');
    expect(r.docs[0].parts.map((p) => p.text)).toEqual([
      'Havenstad brand book',
      'Havenstad is open by nature: a port city that has welcomed people for seven centuries.',
      'Our promise: room to make it.',
      'Tone of voice: honest, warm, never polished.',
    ]);
  });

  it('reads the text layer of a PDF as brand text', async () => {
    const r = await readAll(resolve(FIXTURES, 'brand-flyer.pdf'));
    expect(r.format).toBe('brand-pdf');
    expect(r.source).toBe('brand');
    expect(r.docs[0].parts.map((p) => p.text)).toEqual([
      'Havenstad: tell, don’t sell.',
      'We are a green and entrepreneurial harbour city.',
      'Everyone is welcome here.',
    ]);
  });
});
