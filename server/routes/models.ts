/**
 * GET /api/models, POST /api/models/retrain (202 + job), GET /api/models/jobs/:id,
 * POST /api/models/:version/activate (202 + job; 0 = the shipped model), GET /api/accuracy.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ModelsResponse } from '../../data/types.ts';
import { accuracyOf, readModelManifest } from '../accuracy.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { activeVersion, listModelVersions } from '../../data/db/model-versions.ts';
import { ApiError } from '../errors.ts';
import type { ModelJobs } from '../model-jobs.ts';

const RetrainInput = z.object({ activate: z.boolean().default(true) }).strict();

/** The model versions, retraining, activation and rollback, and the accuracy figures. */
export function modelsRoutes(deps: AppDeps & { modelJobs: ModelJobs | null }) {
  const jobs = () => {
    if (deps.store.readOnly || !deps.modelJobs) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode): models cannot be retrained or activated');
    const busy = deps.modelJobs.busy();
    if (busy) throw new ApiError(409, 'model_job_running', `a ${busy.kind} job is already ${busy.status} (${busy.id}); wait for it to finish`);
    return deps.modelJobs;
  };
  return new Hono<AuthEnv>()
    .get('/models', async (c) => {
      const [versions, active] = await deps.store.withConnection(async (conn) => [await listModelVersions(conn), await activeVersion(conn)] as const);
      const manifest = readModelManifest();
      const body: ModelsResponse = {
        activeVersion: active?.version ?? 0,
        shipped: manifest && { modelId: manifest.version ?? null, crossValidated: manifest.crossValidated ?? null, testSplit: manifest.testSplit ?? null },
        versions,
        job: deps.modelJobs?.busy() ?? null,
      };
      return c.json(body);
    })
    .post('/models/retrain', async (c) => {
      const parsed = RetrainInput.safeParse((await c.req.json().catch(() => ({}))) ?? {});
      if (!parsed.success) throw new ApiError(400, 'bad_retrain', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const job = jobs().retrain(c.get('principal')?.name ?? null, { activate: parsed.data.activate });
      c.set('audit', { action: 'model.retrain', target: job.id, detail: { activate: parsed.data.activate } });
      return c.json({ job }, 202);
    })
    .get('/models/jobs/:id', (c) => {
      const job = deps.modelJobs?.get(c.req.param('id'));
      if (!job) throw new ApiError(404, 'unknown_job', `no model job ${c.req.param('id')}`);
      return c.json({ job });
    })
    .post('/models/:version/activate', async (c) => {
      const raw = c.req.param('version');
      if (!/^\d{1,9}$/.test(raw)) throw new ApiError(400, 'bad_parameter', 'the version must be a number (0 = the shipped model)');
      const version = Number(raw);
      const known = version === 0 || (await deps.store.withConnection(listModelVersions)).some((v) => v.version === version);
      if (!known) throw new ApiError(404, 'unknown_version', `no model version ${version}`);
      const job = jobs().activate(version, c.get('principal')?.name ?? null);
      c.set('audit', { action: 'model.activate', target: String(version), detail: { job: job.id } });
      return c.json({ job }, 202);
    })
    .get('/accuracy', async (c) => c.json(await accuracyOf(deps.store)));
}
