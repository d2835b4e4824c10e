/** Wires the trust layer into an app: headers, body limits, the auth gate and its routes. */
import { Hono } from 'hono';
import { loadConfig, type Config } from '../../data/config.ts';
import type { Store } from '../../data/db/store.ts';
import type { Jobs } from '../jobs.ts';
import { adminRoutes } from '../routes/admin.ts';
import { authRoutes } from '../routes/auth.ts';
import { sourcesRoutes } from '../routes/sources.ts';
import { uploadsRoutes } from '../routes/uploads.ts';
import { apiBodyLimit, securityHeaders } from '../security.ts';
import { authGate, type AuthMode } from './middleware.ts';
import { normalizePath } from './policy.ts';
import { createRateLimiter } from './rate-limit.ts';

export type TrustSettings = Pick<Config,
  'maxUploadBytes' | 'maxUploadsPerUser' | 'maxJsonBytes' | 'sessionHours' | 'loginAttempts' | 'loginWindowMinutes' | 'trustProxy' | 'uploadDir' | 'backupDir' | 'lakeDir'
  | 'parseLimits' | 'parseTimeoutMs'>;

export type TrustDeps = {
  store: Store;
  demo: boolean;
  /** 'required' unless demo; 'none' only on a read-only store (or inside the test runner). */
  auth?: AuthMode;
  /** Upload jobs; null or absent: uploads are refused. */
  jobs?: Jobs | null;
  settings?: Partial<TrustSettings>;
};

/** The auth mode for these deps, refusing combinations that would serve real data without login. */
export function resolveAuthMode(deps: TrustDeps): AuthMode {
  if (deps.demo && !deps.store.readOnly) throw new Error('demo mode serves only a read-only store');
  const mode = deps.auth ?? (deps.demo ? 'none' : 'required');
  if (mode === 'none' && !deps.store.readOnly && !process.env.VITEST) {
    throw new Error('auth "none" is only allowed on a read-only store (the generated demo)');
  }
  return mode;
}

/** Adds headers, limits and the auth gate to `app` (call before mounting routes). */
export function useTrust(app: Hono, deps: TrustDeps): TrustSettings {
  const s: TrustSettings = { ...loadConfig({}), ...deps.settings };
  const mode = resolveAuthMode(deps);
  app.use('*', securityHeaders({ hsts: (url) => url.startsWith('https:') }));
  app.use('/api/*', apiBodyLimit(s.maxJsonBytes, (path) => normalizePath(path) === '/api/uploads'));
  app.use('/api/*', authGate({ store: deps.store, mode, trustProxy: s.trustProxy }));
  return s;
}

/** The trust routes, to mount under /api. */
export function trustRoutes(deps: TrustDeps, s: TrustSettings) {
  const window = s.loginWindowMinutes * 60_000;
  const limiter = { name: createRateLimiter(s.loginAttempts, window), ip: createRateLimiter(s.loginAttempts * 4, window) };
  return new Hono()
    .route('/', authRoutes({ store: deps.store, demo: deps.demo, sessionHours: s.sessionHours, trustProxy: s.trustProxy, limiter }))
    .route('/', adminRoutes({ store: deps.store, backupDir: s.backupDir, lakeDir: s.lakeDir }))
    .route('/', sourcesRoutes({ store: deps.store }))
    .route('/', uploadsRoutes({ jobs: deps.jobs ?? null, maxUploadBytes: s.maxUploadBytes, maxUploadsPerUser: s.maxUploadsPerUser, uploadDir: s.uploadDir }));
}
