import { Hono } from 'hono';
import type { HealthResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';

/** GET /api/health: liveness plus what the server is serving. */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/health', async (c) => {
    const body: HealthResponse = {
      ok: true, version: deps.version, schema: await deps.store.schema(), demo: deps.demo, readOnly: deps.store.readOnly,
    };
    return c.json(body);
  });
}
