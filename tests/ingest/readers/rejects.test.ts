import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRejected } from '../../../ingest/readers/index.ts';
import { readAll } from './read-all.ts';

const dir = mkdtempSync(join(tmpdir(), 'reject-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Errors either thrown as FileRejected at open, or collected in stats while reading. */
async function errorsOf(path: string, format?: string) {
  try {
    return (await readAll(path, { format })).stats.errors;
  } catch (err) {
    if (err instanceof FileRejected) return err.errors;
    throw err;
  }
}

const QUALTRICS_HEAD = 'StartDate,Status,ResponseId,Q1_TEXT\nStart,Status,Response ID,Say something\n{"ImportId":"startDate"},{"ImportId":"status"},{"ImportId":"_recordId"},{"ImportId":"QID1_TEXT"}\n';

describe('malformed files are rejected with the line or row', () => {
  it('an empty file', async () => {
    expect(await errorsOf(file('empty.csv', ''))).toEqual([{ where: 'line 1', message: 'empty file' }]);
  });

  it('a survey with only its header rows', async () => {
    expect(await errorsOf(file('head.csv', QUALTRICS_HEAD))).toEqual([{ where: 'row 4', message: 'header only: the file has no responses' }]);
  });

  it('an unclosed quote, naming the line where it opened', async () => {
    const text = QUALTRICS_HEAD + '2025-01-01,0,R_1,"fine"\n2025-01-02,0,R_2,"never\nclosed\n2025-01-03,0,R_3,ok\n';
    expect(await errorsOf(file('quote.csv', text))).toEqual([{ where: 'line 5', message: 'unclosed quote: the field opened here never ends' }]);
  });

  it('binary data', async () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00]);
    expect(await errorsOf(file('a.out', bytes))).toEqual([{ where: 'line 1', message: 'binary data: not a text file in a known format' }]);
  });

  it('binary data after a valid start, beyond the sniffed head', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `2025-01-01,0,R_${i},hello there number ${i}\n`).join('');
    const bytes = Buffer.concat([Buffer.from(QUALTRICS_HEAD + rows), Buffer.from([0, 0, 1, 2])]);
    expect(bytes.length).toBeGreaterThan(65536);
    expect(await errorsOf(file('mixed.csv', bytes))).toEqual([{ where: 'line 3004', message: 'binary data: not a text file' }]);
  });

  it('a JSONL file whose middle line is not JSON', async () => {
    const text = '{"data":[{"id":"1","text":"ok then","author_id":"1"}],"meta":{}}\n{"data": [oops]}\n{"data":[],"meta":{}}\n';
    const errors = await errorsOf(file('bad.jsonl', text));
    expect(errors).toHaveLength(1);
    expect(errors[0].where).toBe('line 2');
    expect(errors[0].message).toMatch(/^invalid JSON/);
  });

  it('a social CSV with only its header row', async () => {
    expect(await errorsOf(file('posts.csv', 'id,text,author\r\n'))).toEqual([{ where: 'row 2', message: 'no records: the file is empty or has only a header' }]);
  });

  it('a truncated Reddit thread (one JSON document)', async () => {
    const errors = await errorsOf(file('thread.json', '[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"title": "Hi'));
    expect(errors).toEqual([{ where: 'line 1', message: 'truncated JSON: the file ends mid-value' }]);
  });

  it('a truncated JSON array of posts, reported while reading', async () => {
    const errors = await errorsOf(file('posts.json', '[\n{"id": 1, "text": "fine"},\n{"id": 2, "text": "cut'));
    expect(errors).toEqual([{ where: 'line 3', message: 'truncated JSON: the file ends mid-value' }]);
  });

  it('but not the cut-off end of a head sample read for a preview', async () => {
    const path = file('head.jsonl', '{"data":[{"id":"1","text":"hello there","author_id":"9"}],"includes":{"users":[]}}\n{"data":[{"id":"2","te');
    const r = await readAll(path, { sample: true });
    expect(r.stats).toEqual({ records: 1, skipped: 0, errors: [] });
  });

  it('an unknown --format value', async () => {
    const errors = await errorsOf(file('x.csv', 'a,b\n1,2\n'), 'spss');
    expect(errors[0].where).toBe('file');
    expect(errors[0].message).toMatch(/^unknown format "spss"/);
  });
});
