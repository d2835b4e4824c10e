/**
 * A stand-in for stagePart for the queue's plumbing tests: a part "reads" `records` lines of its
 * file slowly and writes them to its deterministic staging files (temporary name, then rename).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STAGED_TABLES, type PartResult, type StagedTable } from '../../ingest/stage/part.ts';
import type { StageFn } from '../../ingest/queue/thread-stage.ts';

/** Stages the input file's lines whose index % parts === part; `msPerLine` slows it down; `failPart` throws. */
export function fakeStage(opts: { msPerLine?: number; failPart?: number } = {}): StageFn {
  return async (spec, onProgress) => {
    if (spec.part === opts.failPart) throw new Error(`boom in part ${spec.part}`);
    const lines = (await readFile(spec.path, 'utf8')).split('\n').filter(Boolean);
    const mine = lines.filter((_, i) => i % spec.parts === spec.part);
    // like stagePart, every part reads the whole file and reports the records read so far
    for (let i = 0; i < lines.length; i++) {
      if (opts.msPerLine && i % spec.parts === spec.part) await new Promise((r) => setTimeout(r, opts.msPerLine));
      onProgress?.({ part: spec.part, records: i + 1, bytes: 0, total: null });
    }
    const dir = join(spec.staging, spec.uploadId);
    await mkdir(dir, { recursive: true });
    const files = {} as Record<StagedTable, string>;
    for (const t of STAGED_TABLES) {
      files[t] = join(dir, `part-${spec.part}-${t}.ndjson`);
      const rows = t === 'documents' ? mine.map((text) => JSON.stringify({ part: spec.part, text }) + '\n').join('') : '';
      await writeFile(files[t] + '.tmp', rows);
      await rename(files[t] + '.tmp', files[t]);
    }
    return {
      part: spec.part, files, format: 'lines', source: 'social', items: [], dropped: [],
      documents: mine.length, segments: mine.length, duplicates: 0,
      read: { records: lines.length, skipped: 0, errors: [], redacted: { email: 0, phone: 0, ip: 0, iban: 0, address: 0 } },
      cities: [], refusal: null, maxLineBytes: 1000,
    } satisfies PartResult;
  };
}
