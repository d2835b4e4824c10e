/** The one way the web app talks to the API: JSON in, typed value out, API errors thrown. */
import type { ApiError } from '../../../data/types.ts';
import { csrfHeaders, loginHref } from '../auth/session-state.ts';
import { navigate } from '../router/location.ts';
import { forget } from './response-cache.ts';

/** An error answered by the server (`{error:{code,message}}`) or met on the way to it. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The answer's JSON when it was not an API error (e.g. a 422 preview listing what is wrong). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function isApiError(body: unknown): body is ApiError {
  const err = (body as ApiError | null)?.error;
  return typeof err === 'object' && err !== null && typeof err.message === 'string';
}

/** GETs `url` and returns its JSON body; throws ApiRequestError for any non-2xx answer. */
export function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { signal });
}

/** A state-changing request: `json` is sent as a JSON body, `form` as multipart. */
export type WriteInit = { method: 'POST' | 'PUT' | 'DELETE'; json?: unknown; form?: FormData; signal?: AbortSignal };

/** POST/PUT/DELETE with the session's CSRF header; same answers and errors as fetchJson. */
export function sendJson<T>(url: string, init: WriteInit): Promise<T> {
  const headers: Record<string, string> = { ...csrfHeaders() };
  let body: BodyInit | undefined;
  if (init.form) body = init.form;
  else if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  return requestJson<T>(url, { method: init.method, body, headers, signal: init.signal }).then((answer) => {
    // A write can change any figure; cached GET answers would show the world before it.
    forget();
    return answer;
  });
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init.headers as Record<string, string>) } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiRequestError(0, 'network', 'The server could not be reached. Is brandgap running?');
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy or a crashed server can answer HTML; say so instead of a JSON parse error.
    throw new ApiRequestError(res.status, 'bad_response', `The server answered ${res.status} with something that is not JSON.`);
  }
  if (!res.ok) {
    // Signed out or the session expired: go to the login page and come back here afterwards.
    if (res.status === 401 && typeof window !== 'undefined' && window.location.pathname !== '/login' && !url.startsWith('/api/auth/login')) {
      navigate(loginHref(window.location.pathname + window.location.search), { replace: true });
    }
    if (isApiError(body)) throw new ApiRequestError(res.status, body.error.code, body.error.message);
    throw new ApiRequestError(res.status, 'http_' + res.status, `The server answered ${res.status} ${res.statusText}.`.trim(), body);
  }
  return body as T;
}

/** Builds `path?k=v…`, leaving out empty values so URLs stay short and cache keys stable. */
export function apiUrl(path: string, params: Record<string, string | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
