/** A streaming CSV/TSV tokenizer: quoted fields with newlines, "" escapes, CRLF, row/line numbers. */
import { tooLong } from './byte-source.ts';
import { reject } from './errors.ts';

export type CsvRow = { fields: string[]; row: number; line: number };

/** Picks the delimiter (, ; tab |) that splits the first line most often outside quotes. */
export function sniffDelimiter(headText: string): string {
  const first = firstRecordText(headText);
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQuote = false;
  for (const ch of first) {
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of ['\t', ';', '|', ',']) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Field counts of the first complete records of a head sample (quote-aware), for sniffing. */
export function headFieldCounts(text: string, delimiter: string, max = 8): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuote = false;
  for (let i = 0; i < text.length && counts.length < max; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (inQuote) continue;
    else if (ch === delimiter) fields++;
    else if (ch === '\n') {
      if (text[i - 1] !== '\n' && !(text[i - 1] === '\r' && text[i - 2] === '\n')) counts.push(fields);
      fields = 1;
    }
  }
  return counts;
}

function firstRecordText(text: string): string {
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

/**
 * Yields records from text chunks. `row` counts records from 1 (header rows included), `line`
 * is the physical line where the record starts. An unclosed quote at the end of the file throws
 * FileRejected naming the line where the quote opened (with `sample`, the unfinished record is dropped). Scans with indexOf/regex and slices, so
 * plain stretches of text are copied once rather than character by character.
 */
export async function* csvRows(chunks: AsyncIterable<string>, delimiter: string, sample = false, maxChars = Infinity): AsyncGenerator<CsvRow> {
  const special = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter.replace(/[\\\]^-]/g, '\\$&')}"\\r\\n]`, 'g');
  let fields: string[] = [];
  let field = '';
  let inQuote = false;
  let quotedField = false;
  let quotePending = false; // a quote at a chunk edge: closing, or the first half of ""
  let prevCr = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let row = 0;
  let recordChars = 0; // characters of the record's finished fields
  const take = (): CsvRow | null => {
    recordChars = 0;
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !quotedField;
    const out = blank ? null : { fields, row: ++row, line: recordLine };
    fields = [];
    field = '';
    quotedField = false;
    return out;
  };
  for await (const chunk of chunks) {
    const len = chunk.length;
    let i = 0;
    while (i < len) {
      if (prevCr) {
        prevCr = false;
        if (chunk[i] === '\n') { i++; continue; }
      }
      if (quotePending) {
        quotePending = false;
        if (chunk[i] === '"') { field += '"'; i++; continue; }
        inQuote = false;
      }
      // checked once per scan step: a 150 MB field is refused at the cap, not when V8's string limit breaks
      if (recordChars + field.length > maxChars) throw tooLong(`row ${row + 1} (line ${recordLine})`, maxChars);
      if (inQuote) {
        const q = chunk.indexOf('"', i);
        const end = q === -1 ? len : q;
        if (end > i) {
          const piece = chunk.slice(i, end);
          if (piece.endsWith('\r')) prevCr = true;
          const normal = piece.includes('\r') ? piece.replace(/\r\n?/g, '\n') : piece;
          field += normal;
          for (let k = normal.indexOf('\n'); k !== -1; k = normal.indexOf('\n', k + 1)) line++;
        }
        if (q === -1) { i = len; continue; }
        if (q + 1 === len) { quotePending = true; i = len; continue; }
        if (chunk[q + 1] === '"') { field += '"'; i = q + 2; continue; }
        inQuote = false;
        i = q + 1;
        continue;
      }
      special.lastIndex = i;
      const m = special.exec(chunk);
      const end = m ? m.index : len;
      if (end > i) field += chunk.slice(i, end);
      if (!m) { i = len; continue; }
      const ch = chunk[end];
      i = end + 1;
      if (ch === delimiter) {
        recordChars += field.length;
        fields.push(field);
        field = '';
        quotedField = false;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') prevCr = true;
        const rec = take();
        if (rec) yield rec;
        line++;
        recordLine = line;
      } else if (field === '' && !quotedField) {
        inQuote = true;
        quotedField = true;
        quoteLine = line;
      } else {
        field += '"'; // a quote inside an unquoted field is data
      }
    }
  }
  if (quotePending) inQuote = false;
  if (inQuote && sample) return; // a head sample may stop inside a record: drop that record
  if (inQuote) throw reject(`line ${quoteLine}`, 'unclosed quote: the field opened here never ends');
  if (field !== '' || fields.length > 0 || quotedField) {
    const rec = take();
    if (rec) yield rec;
  }
}
