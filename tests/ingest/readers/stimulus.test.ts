import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStimulus, matchStimulus } from '../../../ingest/readers/stimulus.ts';
import { buildZip } from '../../trust/zip-builder.ts';
import { FIXTURES, pseudonymize, readAll } from './read-all.ts';

describe('stimulus markers in focus-group notes and transcripts', () => {
  it('reads the code and the name of a marker, quoted or not, in four languages', () => {
    expect(matchStimulus('[Shown: S2 "Harbour poster"]')).toEqual({ code: 'S2', label: 'Harbour poster' });
    expect(matchStimulus('**[Shown: S3 – City of Talent slogan]**')).toEqual({ code: 'S3', label: 'City of Talent slogan' });
    expect(matchStimulus('[Getoond: s4 “Fietsfilm”]')).toEqual({ code: 'S4', label: 'Fietsfilm' });
    expect(matchStimulus('[Gezeigt: Hafenplakat]')).toEqual({ code: 'Hafenplakat', label: 'Hafenplakat' });
    expect(matchStimulus('[Montré: S1 "Affiche"]')).toEqual({ code: 'S1', label: 'Affiche' });
    expect(matchStimulus('[laughs]')).toBeNull();
    expect(matchStimulus('P1: we were shown: nothing')).toBeNull();
  });

  it('finds a marker inside a survey question\'s text', () => {
    expect(findStimulus('[Shown: S1 "Harbour poster"] What do you think of this poster?')).toEqual({ code: 'S1', label: 'Harbour poster' });
    expect(findStimulus('What do you think of the poster [shown: S3]?')).toEqual({ code: 'S3', label: 'S3' });
    expect(findStimulus('What do you think of the city?')).toBeNull();
  });

  it('gives every turn after a marker its stimulus until the next marker, and none before the first', async () => {
    const r = await readAll(resolve(FIXTURES, 'focus-group-stimuli.md'));
    const [doc] = r.docs;
    const rows = doc.parts.map((p) => [p.speaker, p.moderator ?? false, p.stimulus?.code ?? null, p.stimulus?.label ?? null, p.text]);
    expect(rows).toEqual([
      ['Moderator', true, null, null, 'Welcome. Tonight we show you three images from the new campaign.'],
      ['Moderator', true, 'S1', 'Harbour poster', 'What do you think of this poster?'],
      ['P1', false, 'S1', 'Harbour poster', 'This looks fake.'],
      ['P2', false, 'S1', 'Harbour poster', 'Way too polished, that is not my city.'],
      ['P3', false, 'S1', 'Harbour poster', 'I like the colours of the harbour.'],
      ['Moderator', true, 'S2', 'Market video', 'And this video?'],
      ['P1', false, 'S2', 'Market video', 'That is us, so recognisable.'],
      ['P2', false, 'S2', 'Market video', 'It is not fake at all.'],
      ['Moderator', true, 'S3', 'City of Talent slogan', 'And the slogan?'],
      ['P3', false, 'S3', 'City of Talent slogan', 'Glossy marketing.'],
      ['P1', false, 'S3', 'City of Talent slogan', 'The slogan is fine.'],
      ['P2', false, 'S3', 'City of Talent slogan', 'The rents are too high.'],
    ]);
    // the marker line is no part of any turn
    expect(doc.parts.some((p) => p.text.includes('Shown'))).toBe(false);
  });

  it('reads markers as their own cue in WebVTT (also inside a voice tag) and in SRT', async () => {
    const vtt = (await readAll(resolve(FIXTURES, 'focus-group-stimuli.vtt'))).docs[0];
    expect(vtt.parts.map((p) => [p.speaker, p.stimulus?.code ?? null, p.text])).toEqual([
      ['Moderator', null, 'Thanks for coming.'],
      [pseudonymize('Anna Jansen'), 'S1', 'Dit is nep.'],
      [pseudonymize('Anna Jansen'), 'S2', 'Heel herkenbaar.'],
    ]);
    const srt = (await readAll(resolve(FIXTURES, 'focus-group-stimuli.srt'))).docs[0];
    expect(srt.parts.map((p) => [p.speaker, p.stimulus ?? null, p.text])).toEqual([
      ['Moderator', null, 'Bonsoir à tous.'],
      ['P1', { code: 'S1', label: 'Affiche du port' }, "C'est bidon."],
    ]);
  });
});

describe('stimulus markers in DOCX notes', () => {
  it('carry the stimulus to the turns after them, as in text notes', async () => {
    const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const body = ['Moderator: Welcome to the session.', '[Shown: S1 &quot;Harbour poster&quot;]', 'Moderator: What do you see?',
      'P1 (resident, 40, F): Too polished.', 'P2 (resident, 33, M): That is not my city.', 'Moderator: Thank you.'].map(para).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const entry = (name: string, text: string) => { const data = new TextEncoder().encode(text); return { name, data, size: data.length, method: 0 as const }; };
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    const path = join(dir, 'session.docx');
    writeFileSync(path, buildZip([entry('[Content_Types].xml', types), entry('word/document.xml', xml)]));
    const r = await readAll(path);
    expect(r.format).toBe('focus-group-docx');
    expect(r.docs[0].parts.map((p) => [p.speaker, p.stimulus?.code ?? null, p.text])).toEqual([
      ['Moderator', null, 'Welcome to the session.'],
      ['Moderator', 'S1', 'What do you see?'],
      ['P1', 'S1', 'Too polished.'],
      ['P2', 'S1', 'That is not my city.'],
      ['Moderator', 'S1', 'Thank you.'],
    ]);
  });
});
