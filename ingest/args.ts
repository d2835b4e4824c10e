import { parseArgs } from 'node:util';
import { z } from 'zod';
import { VOICES } from '../data/speaker.ts';
import { GROUPS, SOURCE_KINDS } from '../data/types.ts';

/** Usage errors exit with status 2. */
export class UsageError extends Error {}

const IngestArgs = z.object({
  files: z.array(z.string()).min(1, 'give at least one file to ingest'),
  city: z.string().min(1).optional(),
  source: z.enum(SOURCE_KINDS).optional(),
  group: z.enum(GROUPS).optional(),
  voice: z.enum(VOICES).optional(),
  format: z.string().optional(),
  wave: z.string().trim().min(1).max(40).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date').optional(),
  mapping: z.string().optional(),
  db: z.string().optional(),
  json: z.boolean(),
  keepHandles: z.boolean(),
  threads: z.coerce.number().int().min(0).max(64).optional(),
});
export type IngestArgs = z.infer<typeof IngestArgs>;

/** Parses `ingest` arguments; throws UsageError with a readable message. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        city: { type: 'string' }, source: { type: 'string' }, group: { type: 'string' },
        voice: { type: 'string' },
        format: { type: 'string' }, date: { type: 'string' }, wave: { type: 'string' }, mapping: { type: 'string' }, db: { type: 'string' },
        json: { type: 'boolean', default: false }, 'keep-handles': { type: 'boolean', default: false },
        threads: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values: v, positionals } = parsed;
  const result = IngestArgs.safeParse({
    files: positionals, city: v.city, source: v.source, group: v.group, voice: v.voice,
    format: v.format === 'auto' ? undefined : v.format, date: v.date, wave: v.wave, mapping: v.mapping, db: v.db,
    json: v.json, keepHandles: v['keep-handles'], threads: v.threads,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(`--${issue.path.join('.') || 'files'}: ${issue.message}`);
  }
  return result.data;
}
