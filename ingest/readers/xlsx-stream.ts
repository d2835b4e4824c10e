/**
 * XLSX worksheets streamed: each XML part is inflated and SAX-parsed chunk by chunk (saxes), so
 * a workbook never sits in memory as a DOM (exceljs's in-memory reader grew a 61 MB workbook to
 * 3 GB). Only the shared strings and the date styles are kept. Cell text follows exceljs's values
 * as `cellText` shows them: shared and inline strings, formula results, booleans, dates as ISO.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { LIMIT_SETTINGS, type ReadLimits } from '../../data/limits.ts';
import type { ZipEntry } from '../zip-guard.ts';
import { reject } from './errors.ts';
import type { Row } from './survey-engine.ts';
import { entryText, zipEntries, type ExpandBudget } from './zip-entry.ts';

type Handlers = { open?: (t: SaxesTagPlain) => void; text?: (t: string) => void; close?: (name: string) => void };

/** Parses an entry with SAX handlers; `after` runs after each chunk (to yield what it collected). */
async function* parseEntry(path: string, entry: ZipEntry, budget: ExpandBudget, h: Handlers, after: () => Row[] = () => []): AsyncGenerator<Row> {
  const parser = new SaxesParser();
  let failed: Error | null = null;
  if (h.open) parser.on('opentag', h.open);
  if (h.text) parser.on('text', h.text);
  if (h.close) parser.on('closetag', (t) => h.close!(t.name));
  parser.on('error', (err) => { failed ??= reject('file', `not a readable XLSX file (${entry.name}): ${err.message}`); });
  for await (const chunk of entryText(path, entry, budget)) {
    parser.write(chunk);
    if (failed) throw failed;
    yield* after();
  }
  parser.close();
  if (failed) throw failed;
  yield* after();
}

async function drain(rows: AsyncIterable<Row>): Promise<void> {
  for await (const _ of rows) { /* handlers collect */ }
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Sheet names in workbook order with their part paths, and the 1904 date system flag. */
async function workbook(path: string, entries: Map<string, ZipEntry>, budget: ExpandBudget) {
  const wb = entries.get('xl/workbook.xml');
  if (!wb) throw reject('file', 'not a readable XLSX file: it has no xl/workbook.xml');
  const sheets: { name: string; rid: string }[] = [];
  const targets = new Map<string, { target: string; type: string }>();
  let date1904 = false;
  await drain(parseEntry(path, wb, budget, {
    open: (t) => {
      if (local(t.name) === 'sheet') sheets.push({ name: t.attributes.name ?? `Sheet${sheets.length + 1}`, rid: t.attributes['r:id'] ?? '' });
      if (local(t.name) === 'workbookPr') date1904 = t.attributes.date1904 === '1' || t.attributes.date1904 === 'true';
    },
  }));
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await drain(parseEntry(path, rels, budget, {
      open: (t) => { if (local(t.name) === 'Relationship') targets.set(t.attributes.Id, { target: t.attributes.Target ?? '', type: t.attributes.Type ?? '' }); },
    }));
  }
  const part = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/[^/]+\/\.\.\//g, '/');
  const shared = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'));
  const styles = [...targets.values()].find((t) => t.type.endsWith('/styles'));
  return {
    date1904,
    sheets: sheets.map((s, i) => ({ name: s.name, part: targets.has(s.rid) ? part(targets.get(s.rid)!.target) : `xl/worksheets/sheet${i + 1}.xml` })),
    sharedPart: shared ? part(shared.target) : 'xl/sharedStrings.xml',
    stylesPart: styles ? part(styles.target) : 'xl/styles.xml',
  };
}

async function sharedStrings(path: string, entry: ZipEntry | undefined, budget: ExpandBudget, limits: ReadLimits): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let cur = '';
  let inT = false;
  let phonetic = 0; // <rPh> runs are pronunciation guides, not the cell's text
  await drain(parseEntry(path, entry, budget, {
    open: (t) => {
      const n = local(t.name);
      if (n === 'si') cur = '';
      else if (n === 'rPh') phonetic++;
      else if (n === 't' && !phonetic) inT = true;
    },
    text: (t) => {
      if (!inT) return;
      cur += t;
      if (cur.length > limits.maxRecordChars) throw tooLong(`shared string ${strings.length + 1}`, limits);
    },
    close: (name) => {
      const n = local(name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') strings.push(cur);
    },
  }));
  return strings;
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** exceljs's test: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
const isDateFormat = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** The cell style indexes (cellXfs) whose number format shows a date. */
async function dateStyles(path: string, entry: ZipEntry | undefined, budget: ExpandBudget): Promise<Set<number>> {
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  if (entry) {
    await drain(parseEntry(path, entry, budget, {
      open: (t) => {
        const n = local(t.name);
        if (n === 'numFmt') formats.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
        else if (n === 'cellXfs') inCellXfs = true;
        else if (n === 'xf' && inCellXfs) xfs.push(Number(t.attributes.numFmtId ?? 0));
      },
      close: (name) => { if (local(name) === 'cellXfs') inCellXfs = false; },
    }));
  }
  const dates = new Set<number>();
  xfs.forEach((id, i) => {
    if (formats.has(id) ? isDateFormat(formats.get(id)!) : BUILTIN_DATES.has(id)) dates.add(i);
  });
  return dates;
}

function tooLong(where: string, limits: ReadLimits): Error {
  return reject(where, `a cell longer than ${Math.round(limits.maxRecordChars / 1024)} KB; at most that is accepted per record (${LIMIT_SETTINGS.maxRecordChars} raises it); nothing was stored`);
}

const iso = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().replace('.000Z', 'Z'));
const excelDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
/** "AB12" → 28 (1-based column). */
function column(ref: string): number {
  let c = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    c = c * 26 + code - 64;
  }
  return c;
}

/** A workbook's sheet names and the rows of one sheet (name or 1-based index; default the first). */
export async function openXlsx(path: string, limits: ReadLimits, sheet?: string): Promise<{ sheets: string[]; sheet: string | null; rows: AsyncGenerator<Row> }> {
  const entries = await zipEntries(path);
  const budget: ExpandBudget = { used: 0, max: limits.maxExpandedBytes };
  const wb = await workbook(path, entries, budget);
  const names = wb.sheets.map((s) => s.name);
  const index = sheet ? names.findIndex((name, i) => sheet === name || sheet === String(i + 1)) : 0;
  const chosen = wb.sheets[index];
  async function* rows(): AsyncGenerator<Row> {
    if (!chosen || !entries.has(chosen.part)) return;
    const strings = await sharedStrings(path, entries.get(wb.sharedPart), budget, limits);
    const dates = await dateStyles(path, entries.get(wb.stylesPart), budget);
    yield* sheetRows(path, entries.get(chosen.part)!, budget, { strings, dates, date1904: wb.date1904, limits });
  }
  return { sheets: names, sheet: chosen?.name ?? null, rows: rows() };
}

type SheetContext = { strings: string[]; dates: Set<number>; date1904: boolean; limits: ReadLimits };

function sheetRows(path: string, entry: ZipEntry, budget: ExpandBudget, ctx: SheetContext): AsyncGenerator<Row> {
  const done: Row[] = [];
  let fields: string[] = [];
  let rowNumber = 0;
  let hasValue = false;
  let col = 0;
  let cell: { type: string; style: number; v: string; inline: string; formula: boolean } | null = null;
  let inV = false;
  let inT = false;
  let rowChars = 0;
  const value = (c: NonNullable<typeof cell>): string | null => {
    switch (c.type) {
      case 's': return c.v === '' ? null : ctx.strings[Number(c.v)] ?? '';
      case 'inlineStr': return c.inline;
      case 'str': return c.v;
      case 'b': return c.v === '' ? (c.formula ? '' : null) : String(c.v === '1' || c.v === 'true');
      case 'e': return '';
      case 'd': return c.v === '' ? null : iso(new Date(c.v));
      default: {
        if (c.v === '') return c.formula ? '' : null;
        const n = parseFloat(c.v);
        return ctx.dates.has(c.style) ? iso(excelDate(n, ctx.date1904)) : String(n);
      }
    }
  };
  return parseEntry(path, entry, budget, {
    open: (t) => {
      const n = local(t.name);
      if (n === 'row') {
        rowNumber = t.attributes.r ? Number(t.attributes.r) : rowNumber + 1;
        fields = []; hasValue = false; col = 0; rowChars = 0;
      } else if (n === 'c') {
        col = t.attributes.r ? column(t.attributes.r) : col + 1;
        cell = { type: t.attributes.t ?? 'n', style: Number(t.attributes.s ?? 0), v: '', inline: '', formula: false };
      } else if (n === 'v') inV = true;
      else if (n === 't' && cell) inT = true;
      else if (n === 'f' && cell) cell.formula = true;
    },
    text: (t) => {
      if (!cell) return;
      if (inV) cell.v += t;
      else if (inT) cell.inline += t;
      else return;
      rowChars += t.length;
      if (rowChars > ctx.limits.maxRecordChars) throw tooLong(`row ${rowNumber}`, ctx.limits);
    },
    close: (name) => {
      const n = local(name);
      if (n === 'v') inV = false;
      else if (n === 't') inT = false;
      else if (n === 'c' && cell) {
        const v = value(cell);
        if (v !== null) {
          // exceljs rows are sparse and 1-based: the cells before this one are empty
          while (fields.length < col - 1) fields.push('');
          fields[col - 1] = v;
          hasValue = true;
        }
        cell = null;
      } else if (n === 'row') {
        if (hasValue) done.push({ fields, row: rowNumber });
      }
    },
  }, () => done.splice(0));
}
