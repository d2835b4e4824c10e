import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumnMapping } from '../../../ingest/readers/index.ts';
import { expectGolden, FIXTURES, PUBLIC, readAll } from './read-all.ts';

const fixture = (name: string) => resolve(FIXTURES, name);

describe('Qualtrics TSV (UTF-16LE with BOM)', () => {
  it('reads the same layout as the CSV, tab separated', async () => {
    const r = await readAll(fixture('qualtrics-demo.tsv'));
    expect(r.format).toBe('qualtrics-tsv');
    expect(r.stats).toEqual({ records: 3, skipped: 0, errors: [] });
    expect(r.docs.map((d) => d.group)).toEqual(['international', 'resident', 'visitor']);
    expect([r.parts, r.answers]).toEqual([6, 14]);
    expect(r.dropped).toContain('Q11');
  });
});

describe('SurveyMonkey', () => {
  it('reads the real CSV (invalid UTF-8 → Windows-1252) with checkbox, ranking and matrix columns', async () => {
    const r = await readAll(resolve(PUBLIC, 'surveymonkey/StarWars.csv'));
    expect(r.format).toBe('surveymonkey-csv');
    expect(r.stats).toEqual({ records: 1186, skipped: 0, errors: [] });
    expect(r.parts).toBe(0);
    const kinds = Object.fromEntries(r.items.map((i) => [i.key, i.kind]));
    expect(kinds).toMatchObject({ Q1: 'single', Q3: 'multi', Q4_1: 'numeric', Q5_1: 'likert', Q5_14: 'likert' });
    expect(r.items.filter((i) => i.key.startsWith('Q5_'))).toHaveLength(14);
    // Blank header cells inherit the question on their left.
    expect(r.items.find((i) => i.key === 'Q5_3')!.text).toMatch(/^Please state whether .* - Princess Leia Organa$/);
    expect(r.items.find((i) => i.key === 'Q8')!.text).toBe('Do you consider yourself to be a fan of the Expanded Universe?Œæ');
    const first = r.docs[0];
    expect(first.externalId).toBe('3292879998');
    expect(first.answers!.filter((a) => a.item === 'Q3')).toHaveLength(6);
    expect(first.answers).toContainEqual({ item: 'Q5_1', value: 'Very favorably', num: 5 });
    expect(first.answers).toContainEqual({ item: 'Q5_8', value: 'Unfamiliar (N/A)', num: null });
    expect(first.attrs).toEqual({ gender: 'Male', ageBand: '18–29' });
  });

  it('reads an XLSX export: rich text, cached formula results, dates, personal columns dropped', async () => {
    const file = fixture('surveymonkey-export.xlsx');
    const r = await readAll(file);
    expect(r.format).toBe('surveymonkey-xlsx');
    expect(r.stats).toEqual({ records: 4, skipped: 1, errors: [] });
    expect(r.dropped).toEqual(['IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']);
    expect(r.docs.map((d) => d.group)).toEqual(['resident', 'international', 'visitor']);
    expect(r.docs.map((d) => d.parts.map((p) => p.text))).toEqual([['More affordable homes.'], ['Beach volleyball', '=1+1 is not a formula here'], ['Clean streets']]);
    expect(r.docs[0].date).toBe('2025-06-01T09:07:30Z');
    expect(r.progress).toEqual({ bytes: r.progress.total, total: readFileSync(file).length });
    expect(JSON.stringify(r.docs)).not.toMatch(/ann@example|81\.1\.2|panel-a/);
    expectGolden(r, file);
  });
});

describe('Google Forms', () => {
  it('reads the real download: 91 responses, 81 open answers, US timestamps', async () => {
    const r = await readAll(resolve(PUBLIC, 'google-forms/DS-4002-sp24-survey-results.csv'));
    expect(r.format).toBe('google-forms-csv');
    expect(r.stats).toEqual({ records: 91, skipped: 0, errors: [] });
    expect(r.parts).toBe(81);
    expect(r.docs[0].date).toBe('2024-01-18T14:18:00Z');
    expect(r.docs[0].parts[0]).toEqual({
      text: 'If you asked for a sandwich and someone gave you a hotdog you’d be confused',
      question: 'What is the rationale behind your opinion?',
    });
    const texts = r.docs.flatMap((d) => d.parts.map((p) => p.text));
    expect(texts.some((t) => t.includes('"I could go for that sandwich over there"?'))).toBe(true);
  });

  it('splits checkbox answers on ", ", reads Dutch Likert labels and the recommend item, drops e-mail', async () => {
    const file = fixture('google-forms-nl.csv');
    const r = await readAll(file);
    expect(r.stats).toEqual({ records: 4, skipped: 1, errors: [] });
    expect(r.dropped).toEqual(['Email address']);
    expect(r.items.map((i) => i.kind)).toEqual(['likert', 'multi', 'nps']);
    expect(r.docs[2].answers!.filter((a) => a.item === 'Welke voorzieningen gebruikt u?').map((a) => a.value)).toEqual(['Bibliotheek', 'Museum', 'Zwembad']);
    expect(r.docs[2].answers).toContainEqual({ item: 'Havenstad is een gastvrije stad', value: 'Oneens', num: 2 });
    expect(r.docs.map((d) => d.group)).toEqual(['resident', 'visitor', 'resident']);
    expect(r.docs[0].parts[0].text).toBe('Meer fietspaden\nen betere bussen');
    expectGolden(r, file);
  });
});

describe('LimeSurvey', () => {
  it('reads code headers, array and multiple-choice subquestions, and skips an incomplete empty response', async () => {
    const file = fixture('limesurvey-results.csv');
    const r = await readAll(file);
    expect(r.format).toBe('limesurvey-csv');
    expect(r.stats).toEqual({ records: 4, skipped: 1, errors: [] });
    expect(r.dropped).toEqual(['ipaddr', 'refurl']);
    expect(r.items.map((i) => `${i.key}:${i.kind}`)).toEqual(['G1Q2[SQ001]:likert', 'G1Q2[SQ002]:likert', 'G1Q2[SQ003]:likert', 'G1Q3:single', 'G1Q4:multi']);
    expect(r.docs.map((d) => [d.externalId, d.group, d.language])).toEqual([['1', 'resident', 'nl'], ['2', 'resident', 'de'], ['4', 'visitor', 'en']]);
    expect(r.docs[1].answers).toContainEqual({ item: 'G1Q2[SQ003]', value: 'Stimme überhaupt nicht zu', num: 1 });
    expect(r.docs[1].parts).toEqual([
      { text: 'Fahrrad', question: 'G1Q4[other]' },
      { text: 'Die Mieten sind zu hoch.\nUnd es gibt kaum Wohnungen.', question: 'G2Q5' },
    ]);
    expectGolden(r, file);
  });
});

describe('generic CSV with a column mapping', () => {
  const mapping = parseColumnMapping(JSON.parse(readFileSync(fixture('generic-survey.mapping.json'), 'utf8')));

  it('reads Windows-1252 with ";" and decimal commas as the mapping says', async () => {
    const file = fixture('generic-survey.csv');
    const r = await readAll(file, { mapping });
    expect(r.format).toBe('generic-csv');
    expect(r.stats).toEqual({ records: 4, skipped: 1, errors: [] });
    expect(r.dropped).toEqual(['E-mail']);
    expect(r.docs[0].parts[0].text).toBe('Café\'s zijn duur: €5 voor koffie');
    expect(r.docs.map((d) => d.answers!.find((a) => a.item === 'Score')!.num)).toEqual([7.5, 3, 6.25]);
    expect(r.docs.map((d) => [d.city, d.group, d.date])).toEqual([
      ['Havenstad', 'resident', '2024-12-31'], ['Lindholm', 'international', '2025-01-01'], ['Havenstad', 'unknown', '2025-01-02'],
    ]);
    expect(JSON.stringify(r.docs)).not.toContain('x@y.nl');
  });

  it('refuses a mapping that names a missing column, and a generic file without a mapping', async () => {
    const bad = parseColumnMapping({ text: ['Opmerkingen'] });
    await expect(readAll(fixture('generic-survey.csv'), { mapping: bad })).rejects.toMatchObject({
      errors: [{ where: 'row 1', message: 'the mapping names columns that are not in the header: Opmerkingen' }],
    });
    await expect(readAll(fixture('generic-survey.csv'))).rejects.toMatchObject({ errors: [{ where: 'file' }] });
  });
});
