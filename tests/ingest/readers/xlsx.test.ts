import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { FileRejected, parseColumnMapping } from '../../../ingest/readers/index.ts';
import { FIXTURES, readAll } from './read-all.ts';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Responses');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('XLSX beyond SurveyMonkey', () => {
  it('recognises a Qualtrics export saved as XLSX and reads it like the CSV', async () => {
    const rows = parse(readFileSync(resolve(FIXTURES, 'qualtrics-demo.csv')), { relax_column_count: true }) as string[][];
    const r = await readAll(await workbook('qualtrics.xlsx', rows));
    expect(r.format).toBe('qualtrics-xlsx');
    expect(r.stats).toEqual({ records: 9, skipped: 3, errors: [] });
    expect([r.docs.length, r.parts, r.answers]).toEqual([6, 8, 28]);
  });

  it('reads any other sheet through a mapping, with numbers and dates typed by Excel', async () => {
    const path = await workbook('plain.xlsx', [
      ['id', 'when', 'who', 'comment', 'score'],
      ['a', new Date(Date.UTC(2025, 2, 1)), 'Resident', 'Nice parks', 4.5],
      ['b', new Date(Date.UTC(2025, 2, 2)), 'Tourist', '', 2],
    ]);
    const mapping = parseColumnMapping({ id: 'id', date: 'when', group: 'who', text: ['comment'], numeric: ['score'] });
    const r = await readAll(path, { mapping });
    expect(r.format).toBe('generic-xlsx');
    expect(r.docs.map((d) => [d.externalId, d.date, d.group, d.parts.length, d.answers![0].num])).toEqual([
      ['a', '2025-03-01T00:00:00Z', 'resident', 1, 4.5],
      ['b', '2025-03-02T00:00:00Z', 'visitor', 0, 2],
    ]);
  });

  it('asks for a mapping when a sheet is no known export', async () => {
    const path = await workbook('unknown.xlsx', [['a', 'b'], [1, 2]]);
    const err = await readAll(path).catch((e) => e);
    expect(err).toBeInstanceOf(FileRejected);
    expect(err.errors[0].where).toBe('row 1');
  });
});
