import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../../helpers/tmp.ts';
import { readAll } from './read-all.ts';

/** Numeric scales written as bare codes: Google Forms' linear scale and LimeSurvey's 5-point arrays. */
const tmp = tmpDir();
afterAll(() => tmp.cleanup());

describe('Google Forms linear scale', () => {
  it('reads a 1–5 linear scale as a numeric Likert scale 1–5, not as categories', async () => {
    const file = join(tmp.dir, 'forms-linear.csv');
    writeFileSync(file, [
      'Timestamp,How welcoming is Havenstad?,Which best describes you?',
      '1/18/2024 14:18:57,4,I live here',
      '1/18/2024 14:20:01,5,I live here',
      '1/18/2024 14:22:13,2,I am visiting',
      '1/18/2024 14:25:40,4,I live here',
    ].join('\n') + '\n');
    const r = await readAll(file);
    expect(r.format).toBe('google-forms-csv');
    const item = r.items.find((i) => i.key === 'How welcoming is Havenstad?')!;
    expect(item).toMatchObject({ kind: 'likert', scale: { min: 1, max: 5 } });
    expect(r.docs[0].answers).toContainEqual({ item: 'How welcoming is Havenstad?', value: '4', num: 4 });
  });
});

describe('LimeSurvey array (5 point choice) exported as answer codes', () => {
  it('reads G01Q01[SQ001] … columns answered 1–5 as Likert items 1–5', async () => {
    const file = join(tmp.dir, 'limesurvey-codes.csv');
    const header = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'G01Q01[SQ001]', 'G01Q01[SQ002]', 'G01Q02'];
    const rows = [
      ['1', '2025-05-01 10:00:00', '2', 'en', '123', '5', '4', 'Great harbour'],
      ['2', '2025-05-02 10:00:00', '2', 'en', '456', '3', '1', ''],
      ['3', '2025-05-03 10:00:00', '2', 'en', '789', '2', '4', 'Expensive rents'],
    ];
    writeFileSync(file, [header, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n');
    const r = await readAll(file);
    expect(r.format).toBe('limesurvey-csv');
    expect(r.items.filter((i) => i.key.startsWith('G01Q01')).map((i) => [i.key, i.kind, i.scale?.min, i.scale?.max])).toEqual([
      ['G01Q01[SQ001]', 'likert', 1, 5],
      ['G01Q01[SQ002]', 'likert', 1, 5],
    ]);
    expect(r.docs[1].answers).toContainEqual({ item: 'G01Q01[SQ002]', value: '1', num: 1 });
  });
});

describe('Qualtrics TSV (UTF-16LE) with an NPS question worded in Spanish', () => {
  it('takes the item Qualtrics gives a _NPS_GROUP column as a 0–10 NPS item', async () => {
    const file = join(tmp.dir, 'qualtrics-es.tsv');
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const tags = ['StartDate', 'EndDate', 'Status', 'Finished', 'RecordedDate', 'ResponseId', 'Q1', 'Q2', 'Q2_NPS_GROUP'];
    const texts = ['Start Date', 'End Date', 'Response Type', 'Finished', 'Recorded Date', 'Response ID', '¿Qué te parece Havenstad?',
      '¿Qué probabilidad hay de que sugieras Havenstad a un amigo?', '¿Qué probabilidad hay de que sugieras Havenstad a un amigo? - Group'];
    const ids = ['startDate', 'endDate', 'status', 'finished', 'recordedDate', '_recordId', 'QID1_TEXT', 'QID2', 'QID2_NPS_GROUP'].map((s) => q(`{"ImportId": "${s}"}`));
    const rows = [[10, 'Promoter'], [6, 'Detractor'], [8, 'Passive'], [9, 'Promoter']].map(([x, g], i) =>
      [`2025-04-0${i + 1} 09:00:00`, `2025-04-0${i + 1} 09:05:00`, '0', '1', `2025-04-0${i + 1} 09:05:01`, `R_es${i}`, i % 2 ? '' : 'Bonita', String(x), String(g)]);
    const text = [tags, texts, ids, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await readAll(file);
    expect(r.format).toBe('qualtrics-tsv');
    expect(r.items.find((i) => i.key === 'Q2')).toMatchObject({ kind: 'nps', scale: { min: 0, max: 10 } });
    expect(r.items.some((i) => /NPS_GROUP/.test(i.key))).toBe(false);
    expect(r.docs[1].answers).toContainEqual({ item: 'Q2', value: '6', num: 6 });
  });
});
