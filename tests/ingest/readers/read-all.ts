/** Test helper: read a file completely and compare the result with its golden `.expected.json`. */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { RawDoc } from '../../../ingest/types.ts';
import { openReader, type ReadOptions } from '../../../ingest/readers/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/ingest');
export const PUBLIC = resolve(ROOT, '../shared/fixtures/public');

/** A keyed hash like the pipeline's, fixed key so goldens are stable. */
export const pseudonymize = (h: string) => 'u' + createHmac('sha256', 'test-key').update(h).digest('hex').slice(0, 10);

export async function readAll(path: string, opts: Partial<ReadOptions> = {}) {
  const session = await openReader(path, { city: 'Havenstad', pseudonymize, ...opts });
  const docs: RawDoc[] = [];
  for await (const doc of session.docs) docs.push(doc);
  const { format, source, items, dropped, stats } = session;
  const parts = docs.reduce((n, d) => n + d.parts.length, 0);
  const answers = docs.reduce((n, d) => n + (d.answers?.length ?? 0), 0);
  return { format, source, items, dropped, stats, docs, parts, answers, progress: session.progress() };
}

/** Compares a read result with `<fixture>.expected.json`; UPDATE_GOLDEN=1 rewrites it. */
export function expectGolden(result: Awaited<ReturnType<typeof readAll>>, fixture: string): void {
  const golden = `${fixture}.expected.json`;
  const { format, source, items, dropped, stats, docs } = result;
  const actual = JSON.parse(JSON.stringify({ format, source, items, dropped, stats, docs }));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
  }
  expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
}
