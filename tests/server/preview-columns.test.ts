import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadPreview } from '../../data/types.ts';
import type { Store } from '../../data/db/store.ts';
import { writeGenericWorkbook, WORKBOOK_HEADER } from '../helpers/generic-workbook.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { multipart, MULTIPART_TYPE } from '../trust/multipart-body.ts';
import { as, loginAs, trustApp, type App, type Login } from '../trust/trust-app.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');

describe('POST /api/uploads/preview: columns, first rows, sheets and guessed roles of CSV and XLSX', () => {
  const tmp = tmpDir();
  let app: App;
  let store: Store;
  let ana: Login;
  let workbook: Buffer;
  beforeAll(async () => {
    ({ app, store } = await trustApp());
    ana = await loginAs(app, store, 'ana', 'analyst');
    await writeGenericWorkbook(join(tmp.dir, 'city-survey.xlsx'));
    workbook = readFileSync(join(tmp.dir, 'city-survey.xlsx'));
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  const preview = async (name: string, data: Uint8Array, fields: Record<string, string> = {}) => {
    const res = await app.request('/api/uploads/preview', { method: 'POST', headers: { ...as(ana), 'content-type': MULTIPART_TYPE }, body: multipart(fields, { name, data }) });
    return { status: res.status, body: (await res.json()) as UploadPreview };
  };

  it('reads a generic workbook: its sheets, header, ten rows and a role guessed per column', async () => {
    const { status, body } = await preview('city-survey.xlsx', workbook);
    expect(status).toBe(200);
    expect(body).toMatchObject({ format: 'generic-xlsx', needsMapping: true, errors: [], documents: [], sheets: ['Responses', 'Notes'], sheet: 'Responses' });
    expect(body.columns.map((c) => c.name)).toEqual(WORKBOOK_HEADER);
    expect(body.columns.map((c) => c.guess)).toEqual(['id', 'date', 'group', 'likert', 'text', 'attr']);
    expect(body.rows).toHaveLength(10);
    expect(body.rows[0]).toEqual(['1001', '2025-03-02T09:30:00Z', 'I live here', 'Satisfied', 'The trams are often late and the night buses stop far too early. (1)', '41']);
    expect(body.columns[3].samples).toEqual(['Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied']);
  });

  it('asks which kind of source a semicolon CSV from Excel with a Comment column is, with the guess preselected and explained', async () => {
    const csv = '\uFEFFDate;Name;Comment\r\n01.03.2025;Anna;The tram stops far too early at night.\r\n02.03.2025;Piet;Lovely harbour, but the rents are too high.\r\n';
    const { status, body } = await preview('feedback.csv', Buffer.from(csv, 'utf8'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ format: 'social-csv', needsSource: true, guessedSource: 'social' });
    expect(body.sourceReason).toMatch(/"Comment" and "Date" columns/);
    expect(body.sourceReason).toMatch(/survey/);
  });

  it('does not ask for the kind of a file whose layout says it (a Qualtrics export)', async () => {
    const { body } = await preview('qualtrics-demo.csv', readFileSync(join(FIXTURES, 'qualtrics-demo.csv')));
    expect(body).toMatchObject({ needsSource: false, guessedSource: null, sourceReason: null });
  });

  it('reads the sheet asked for', async () => {
    const { body } = await preview('city-survey.xlsx', workbook, { sheet: 'Notes' });
    expect(body).toMatchObject({ sheet: 'Notes', sheets: ['Responses', 'Notes'] });
    expect(body.columns.map((c) => c.name)).toEqual(['Topic', 'Remark']);
    expect(body.rows).toEqual([['Fieldwork', 'Collected at the March city fair']]);
  });

  it('with a mapping, previews the records the ingest would store', async () => {
    const mapping = JSON.stringify({ id: 'Respondent', date: 'Submitted', group: 'Where do you live?', likert: ['How satisfied are you with the city?'], text: ['What would you change about the city, and why?'], attrs: { ageBand: 'Age' } });
    const { status, body } = await preview('city-survey.xlsx', workbook, { mapping });
    expect(status).toBe(200);
    expect(body).toMatchObject({ format: 'generic-xlsx', needsMapping: false, errors: [] });
    expect(body.documents.map((d) => d.group)).toEqual(['resident', 'resident', 'international', 'resident', 'resident']);
    expect(body.documents[0]).toMatchObject({ date: '2025-03-02T09:30:00Z', answers: 1, parts: [{ text: 'The trams are often late and the night buses stop far too early. (1)' }] });
  });

  it('keeps known layouts as they were and adds their columns', async () => {
    const { status, body } = await preview('surveymonkey-export.xlsx', readFileSync(join(FIXTURES, 'surveymonkey-export.xlsx')));
    expect(status).toBe(200);
    expect(body).toMatchObject({ format: 'surveymonkey-xlsx', needsMapping: false, sheets: ['Sheet'] });
    expect(body.documents).toHaveLength(3);
    expect(body.columns.find((c) => c.name === 'Email Address')?.guess).toBe('drop');
  });

  it('guesses the columns of a generic CSV from its first rows', async () => {
    const csv = 'id,Datum,Rating,Opmerking\n' + Array.from({ length: 12 }, (_, i) => `${i + 1},${String(i + 1).padStart(2, '0')}-03-2025,${(i % 5) + 1},"Het centrum is mooi maar de huren zijn veel te hoog voor jonge gezinnen, antwoord ${i}"`).join('\n');
    const { body } = await preview('ratings.csv', Buffer.from(csv));
    expect(body.columns.map((c) => [c.name, c.guess])).toEqual([['id', 'id'], ['Datum', 'date'], ['Rating', 'likert'], ['Opmerking', 'text']]);
    expect(body.rows).toHaveLength(10);
    expect(body.sheets).toEqual([]);
  });

  it('says why a workbook cut short cannot be previewed', async () => {
    const { status, body } = await preview('city-survey.xlsx', workbook.subarray(0, Math.floor(workbook.length / 2)));
    expect(status).toBe(422);
    expect(body.columns).toEqual([]);
    expect(body.errors[0].message).toMatch(/cannot be read in part/);
  });
});
