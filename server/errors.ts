import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error type handlers throw; app.onError maps it to `{error: {code, message}}`. */
export class ApiError extends Error {
  constructor(public status: ContentfulStatusCode, public code: string, message: string) { super(message); }
}

/** Maps any thrown error to the JSON error body; unknown errors are logged once and hidden. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
  console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path}:`, err);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}
