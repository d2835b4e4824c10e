/** POST /api/uploads (multipart, streamed to a temp file, ingested as a job); GET its status. */
import { tmpdir } from 'node:os';
import { rm } from 'node:fs/promises';
import { Hono } from 'hono';
import { z } from 'zod';
import { GROUPS, SOURCE_KINDS } from '../../data/types.ts';
import { ColumnMappingSchema } from '../../ingest/readers/mapping.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { ApiError } from '../errors.ts';
import { VOICES } from '../../data/speaker.ts';
import type { Jobs } from '../jobs.ts';
import { BadUpload, boundaryOf, receiveMultipart, TooLarge } from '../uploads/multipart.ts';

export type UploadRouteDeps = { jobs: Jobs | null; maxUploadBytes: number; maxUploadsPerUser: number; uploadDir: string | null };

const Fields = z.object({
  city: z.string().trim().min(1).max(200).optional(),
  source: z.enum(SOURCE_KINDS).optional(),
  group: z.enum(GROUPS).optional(),
  /** whose voice the file is: official (the city), partner, user; default from the source kind and handles */
  voice: z.enum(VOICES).optional(),
  format: z.string().trim().min(1).max(50).optional(),
  mapping: z.string().max(64 * 1024).optional(),
  /** Date of records that carry none (a brand text's publication date), YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date').optional(),
  /** The wave of a survey file; default the month (YYYY-MM) of its earliest response. */
  wave: z.string().trim().min(1).max(40).optional(),
}).strict();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function tooLarge(max: number): ApiError {
  return new ApiError(413, 'too_large', `the upload is larger than the limit of ${Math.round(max / 1024 / 1024)} MB`);
}

/** The name recorded for an upload: the browser's file name without folders or control characters. */
function displayName(raw: string): string {
  return (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255) || 'upload';
}

function parseMapping(raw: string | undefined) {
  if (raw === undefined || raw.trim() === '') return undefined;
  let json: unknown;
  try { json = JSON.parse(raw); } catch { throw new ApiError(400, 'bad_mapping', 'the mapping field is not JSON'); }
  const parsed = ColumnMappingSchema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, 'bad_mapping', parsed.error.issues.map((i) => `mapping.${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

/** Upload routes; `jobs` is null on a read-only store (the auth gate refuses writes first). */
export function uploadsRoutes(deps: UploadRouteDeps) {
  const jobsOf = () => {
    if (!deps.jobs) throw new ApiError(403, 'read_only', 'this server is read-only');
    return deps.jobs;
  };
  return new Hono<AuthEnv>()
    .post('/uploads', async (c) => {
      const jobs = jobsOf();
      const length = Number(c.req.header('content-length') ?? NaN);
      // Refused before a byte of the body is read; the connection is closed rather than drained.
      if (length > deps.maxUploadBytes) { c.header('Connection', 'close'); throw tooLarge(deps.maxUploadBytes); }
      const boundary = boundaryOf(c.req.header('content-type'));
      if (!boundary) throw new ApiError(415, 'bad_content_type', 'send the file as multipart/form-data with a "file" field');
      const p = c.get('principal');
      if (jobs.activeFor(p.userId) >= deps.maxUploadsPerUser) {
        throw new ApiError(429, 'too_many_uploads', `you already have ${deps.maxUploadsPerUser} uploads waiting or running; wait for one to finish`);
      }
      let received;
      try {
        received = await receiveMultipart(c.req.raw.body, boundary, { dir: deps.uploadDir ?? tmpdir(), maxBytes: deps.maxUploadBytes, fileField: 'file' });
      } catch (err) {
        if (err instanceof TooLarge) { c.header('Connection', 'close'); throw tooLarge(deps.maxUploadBytes); }
        if (err instanceof BadUpload) throw new ApiError(400, 'bad_upload', err.message);
        throw err;
      }
      const { file, fields } = received;
      try {
        if (!file) throw new ApiError(400, 'bad_upload', 'no "file" field in the upload');
        const parsed = Fields.safeParse(fields);
        if (!parsed.success) throw new ApiError(400, 'bad_parameter', parsed.error.issues.map((i) => `${i.path.join('.') || 'field'}: ${i.message}`).join('; '));
        const { mapping, ...rest } = parsed.data;
        const job = await jobs.submit({
          path: file.path, fileName: displayName(file.fileName), bytes: file.bytes, userId: p.userId, actor: p.name,
          options: { ...rest, format: rest.format === 'auto' ? undefined : rest.format, mapping: parseMapping(mapping) },
        });
        c.set('audit', { action: 'upload', target: job.id, detail: { file: job.file, bytes: job.bytes, ...rest } });
        return c.json({ id: job.id, status: job.status }, 202);
      } catch (err) {
        if (file) await rm(file.dir, { recursive: true, force: true });
        throw err;
      }
    })
    .get('/uploads', async (c) => c.json({ uploads: await jobsOf().list(50) }))
    .get('/uploads/:id', async (c) => {
      const id = c.req.param('id');
      if (!UUID.test(id)) throw new ApiError(400, 'bad_parameter', 'an upload id is a UUID');
      const job = await jobsOf().get(id);
      if (!job) throw new ApiError(404, 'unknown_upload', `no upload ${id}`);
      return c.json(job);
    });
}
