import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows, sniffDelimiter } from '../../../ingest/readers/csv-rows.ts';
import { FileRejected } from '../../../ingest/readers/errors.ts';

async function parse(chunks: string[], delimiter = ',', sample = false) {
  const out: { fields: string[]; row: number; line: number }[] = [];
  for await (const r of csvRows((async function* () { yield* chunks; })(), delimiter, sample)) out.push(r);
  return out;
}

function serialize(rows: string[][], d: string, eol: string): string {
  const cell = (v: string) => (/[",;\t\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(d)).join(eol) + eol;
}

describe('csvRows', () => {
  it('handles quoted newlines, doubled quotes, CRLF and gives each record its start line', async () => {
    const rows = await parse(['a,b\r\n"x\r\ny","say ""hi"""\r\n3,4\r\n']);
    expect(rows).toEqual([
      { fields: ['a', 'b'], row: 1, line: 1 },
      { fields: ['x\ny', 'say "hi"'], row: 2, line: 2 },
      { fields: ['3', '4'], row: 3, line: 4 },
    ]);
  });

  it('keeps quotes inside unquoted fields and skips blank lines', async () => {
    expect((await parse(['5" screen,ok\n\n\nlast,"row"'])).map((r) => r.fields)).toEqual([['5" screen', 'ok'], ['last', 'row']]);
  });

  it('rejects an unclosed quote naming the line where it opened', async () => {
    const err = await parse(['a,b\n1,"open\nstill\n']).catch((e) => e);
    expect(err).toBeInstanceOf(FileRejected);
    expect(err.errors).toEqual([{ where: 'line 2', message: 'unclosed quote: the field opened here never ends' }]);
  });

  it('drops an unfinished last record of a head sample instead of rejecting it', async () => {
    expect((await parse(['a,b\n1,2\n3,"cut mid', '-field'], ',', true)).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('gives the same rows however the text is cut into chunks (property)', async () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '"', ',', ';', '\t', '\n', '\r\n', 'x', '1') , maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellArb, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, d, eol, cuts) => {
          const width = rows[0].length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'z'));
          const text = serialize(table, d, eol);
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
          const parsed = (await parse(chunks, d)).map((r) => r.fields);
          expect(parsed).toEqual(table.map((r) => r.map((v) => v.replace(/\r\n/g, '\n'))));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('sniffs comma, semicolon and tab delimiters outside quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(sniffDelimiter('"x,y";b;c\n1;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb,c\tc')).toBe('\t');
  });
});
