import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../../helpers/tmp.ts';
import { expectGolden, FIXTURES, PUBLIC, pseudonymize, readAll } from './read-all.ts';

const demo = resolve(FIXTURES, 'qualtrics-demo.csv');

describe('Qualtrics CSV (current export, three header rows)', () => {
  it('reads one document per real response and skips preview, spam and unfinished-empty ones', async () => {
    const r = await readAll(demo);
    expect(r.format).toBe('qualtrics-csv');
    expect(r.source).toBe('survey');
    expect(r.stats).toEqual({ records: 9, skipped: 3, errors: [] });
    expect(r.docs).toHaveLength(6);
    expect(r.parts).toBe(8);
    expect(r.answers).toBe(28);
    expectGolden(r, demo);
  });

  it('keeps ResponseId as externalId and pseudonymises it as author', async () => {
    const r = await readAll(demo);
    expect(r.docs[0].externalId).toBe('R_1a2B3c4D5e6F7g8');
    expect(r.docs[0].author).toBe(pseudonymize('R_1a2B3c4D5e6F7g8'));
  });

  it('assigns the group from the survey’s own question, then attributes with readable keys', async () => {
    const r = await readAll(demo, { group: 'resident' });
    expect(r.docs.map((d) => d.group)).toEqual(['international', 'resident', 'visitor', 'international', 'resident', 'international']);
    expect(r.docs[0].attrs).toMatchObject({ lengthOfStay: '1-3 years', role: 'Student', origin: 'non-EU', ageBand: '18–24' });
  });

  it('recognises the Likert matrix with its labels and the 0–10 recommend item as NPS', async () => {
    const r = await readAll(demo);
    expect(r.items.map((i) => `${i.key}:${i.kind}`)).toEqual(['Q6_1:likert', 'Q6_2:likert', 'Q6_3:likert', 'Q6_4:likert', 'Q6_5:likert', 'Q7:nps']);
    expect(r.items[0].scale).toEqual({ min: 1, max: 5, labels: ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'] });
    expect(r.items[0].text).toBe('How much do you agree with the following statements? - Havenstad feels welcoming to newcomers');
    expect(r.docs[0].answers).toContainEqual({ item: 'Q6_2', value: 'Strongly disagree', num: 1 });
    expect(r.docs[1].answers).toContainEqual({ item: 'Q7', value: '9', num: 9 });
  });

  it('drops personal columns, including the e-mail question, and none of their values survive', async () => {
    const r = await readAll(demo);
    expect(r.dropped).toEqual(['IPAddress', 'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'Q11']);
    const out = JSON.stringify(r.docs);
    for (const leaked of ['145.97.12', 'piet.jansen', '53.2194', '6.5665']) expect(out).not.toContain(leaked);
  });

  it('keeps text verbatim: formulas, quotes and newlines inside quoted cells', async () => {
    const r = await readAll(demo);
    const texts = r.docs.flatMap((d) => d.parts.map((p) => p.text));
    expect(texts).toContain('=HYPERLINK("http://x") the museums are great');
    expect(texts).toContain('It is hard to make local friends.\nEverybody is nice but doors stay closed.');
    expect(texts).toContain('- the English spoken everywhere; people switch to English immediately');
    expect(r.docs[0].parts[0]).toEqual({ text: 'The harbour, the bikes and how international the university is.', question: 'What do you like most about living in Havenstad?' });
  });

  it('keeps a response with only closed answers as a document without parts', async () => {
    const r = await readAll(demo);
    const closedOnly = r.docs.find((d) => d.externalId === 'R_8h9I0j1K2l3M4n5')!;
    expect(closedOnly.parts).toEqual([]);
    expect(closedOnly.answers).toHaveLength(6);
  });

  it('reads the real German-label sample by its export tags, ignoring the Text iQ topics column', async () => {
    const file = resolve(PUBLIC, 'qualtrics/sample.csv');
    const r = await readAll(file);
    expect(r.format).toBe('qualtrics-csv');
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0].parts).toEqual([{ text: 'Hello World!', question: 'This is a free text question.' }]);
    expect(r.docs[0].answers).toEqual([{ item: 'Q1', value: '2', num: null }]);
    expect(r.docs[0].language).toBe('de');
    expect(JSON.stringify(r.docs)).not.toContain('130.92.34.66');
    expect(readFileSync(file, 'utf8')).toContain('130.92.34.66');
  });

  it('reads the legacy V1..V10 export (BOM, two header rows) without taking the label row as a response', async () => {
    const r = await readAll(resolve(PUBLIC, 'qualtrics/sample_legacy.csv'));
    expect(r.format).toBe('qualtrics-legacy-csv');
    expect(r.stats).toEqual({ records: 1, skipped: 0, errors: [] });
    expect(r.docs[0].externalId).toBe('R_2YPOQ602ER1jkf1');
    expect(r.docs[0].parts).toEqual([{ text: 'Hello World!', question: 'This is a free text question.' }]);
    expect(r.dropped).toEqual(['Name', 'ExternalDataReference', 'EmailAddress', 'IPAddress', 'LocationLatitude', 'LocationLongitude', 'LocationAccuracy']);
    expect(r.docs[0].date).toBe('2017-07-18T08:28:48Z');
  });

  it('leaves out Qualtrics\' derived Q3_NPS_GROUP (its recoding of the 0–10 item), as labels or as codes', async () => {
    const tmp = tmpDir();
    try {
      const recommend = 'How likely are you to recommend Havenstad to a friend or colleague?';
      for (const [name, groups, importRow] of [['labels.csv', ['Promoter', 'Passive', 'Detractor', 'Promoter'], true], ['codes.csv', ['3', '2', '1', '3'], false]] as const) {
        const rows = [
          `StartDate,ResponseId,Finished,Q3,Q3_NPS_GROUP,${importRow ? 'Q4' : 'Q4_TEXT'}`, // without ImportIds the tag says "text"
          `Start Date,Response ID,Finished,${recommend},${recommend} - Group,What would you change?`,
          ...(importRow ? ['"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""finished""}","{""ImportId"":""QID3""}","{""ImportId"":""QID3_NPS_GROUP""}","{""ImportId"":""QID4_TEXT""}"'] : []),
          ...[10, 8, 4, 9].map((x, i) => `2025-05-0${i + 1} 10:00:00,R_${name[0]}${i},1,${x},${groups[i]},${i === 2 ? 'More trams at night.' : ''}`),
        ];
        const path = join(tmp.dir, name);
        writeFileSync(path, rows.join('\n') + '\n');
        const r = await readAll(path);
        expect(r.items.map((i) => [i.key, i.kind]), name).toEqual([['Q3', 'nps']]);
        expect(r.docs.flatMap((d) => d.answers ?? []).map((a) => a.item)).toEqual(['Q3', 'Q3', 'Q3', 'Q3']);
        expect(r.docs.flatMap((d) => d.parts)).toEqual([{ text: 'More trams at night.', question: 'What would you change?' }]);
      }
    } finally {
      tmp.cleanup();
    }
  });
});
