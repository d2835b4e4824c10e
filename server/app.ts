import { Hono } from 'hono';
import { trustRoutes, useTrust, type TrustDeps } from './auth/mount.ts';
import type { Store } from '../data/db/store.ts';
import { ApiError, handleError } from './errors.ts';
import { authenticityRoutes } from './routes/authenticity.ts';
import { brandRoutes } from './routes/brand.ts';
import { checklistRoutes } from './routes/checklist.ts';
import { citiesRoutes } from './routes/cities.ts';
import { cityContextRoutes } from './routes/city-context.ts';
import { compareRoutes } from './routes/compare.ts';
import { correctionsRoutes } from './routes/corrections.ts';
import { documentsRoutes } from './routes/documents.ts';
import { eventsRoutes } from './routes/events.ts';
import { previewRoutes } from './routes/preview.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { modelsRoutes } from './routes/models.ts';
import { overviewRoutes } from './routes/overview.ts';
import { quotesRoutes } from './routes/quotes.ts';
import { sendersRoutes } from './routes/senders.ts';
import { speakerRoutes } from './routes/speaker.ts';
import { stimuliRoutes } from './routes/stimuli.ts';
import { surveyRoutes } from './routes/survey.ts';
import { surveyLinksRoutes } from './routes/survey-links.ts';
import { termSeriesRoutes } from './routes/term-series.ts';
import { themesRoutes } from './routes/themes.ts';
import { themeTermsRoutes } from './routes/theme-terms.ts';
import { trendRoutes } from './routes/trend.ts';
import { valuesRoutes } from './routes/values.ts';
import { createModelJobs, type ModelJobs } from './model-jobs.ts';
import { responseCache } from './response-cache.ts';
import { staticRoutes } from './static.ts';

/** What the app needs from the outside; createApp does no I/O of its own. */
export type AppDeps = {
  store: Store;
  version: string;
  /** Serving the generated demo database (read-only, no login). */
  demo: boolean;
  minN: number;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string;
  /** Keep measure responses until the next write (default on; the benchmark turns it off to time queries). */
  cache?: boolean;
  /** Retraining and model activation; by default a runner over the store (none when read-only). */
  modelJobs?: ModelJobs | null;
} & Pick<TrustDeps, 'auth' | 'jobs' | 'settings'>;

/** The Hono app: API routes under /api, the web app at /. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  const trust = useTrust(app, deps);
  const api = new Hono();
  // creating the runner does no I/O: a model thread starts only when a job runs
  const modelJobs = deps.modelJobs !== undefined ? deps.modelJobs : deps.store.readOnly ? null : createModelJobs(deps.store);
  if (deps.cache !== false) api.use('*', responseCache(deps.store));
  api
    .route('/', healthRoutes(deps))
    .route('/', citiesRoutes(deps))
    .route('/', overviewRoutes(deps))
    .route('/', themesRoutes(deps))
    .route('/', valuesRoutes(deps))
    .route('/', trendRoutes(deps))
    .route('/', quotesRoutes(deps))
    .route('/', sendersRoutes(deps))
    .route('/', surveyLinksRoutes(deps))
    .route('/', surveyRoutes(deps))
    .route('/', compareRoutes(deps))
    .route('/', documentsRoutes(deps))
    .route('/', previewRoutes(deps))
    .route('/', brandRoutes(deps))
    .route('/', cityContextRoutes(deps))
    .route('/', themeTermsRoutes(deps))
    .route('/', speakerRoutes(deps))
    .route('/', stimuliRoutes(deps))
    .route('/', authenticityRoutes(deps))
    .route('/', termSeriesRoutes(deps))
    .route('/', checklistRoutes(deps))
    .route('/', correctionsRoutes(deps))
    .route('/', eventsRoutes(deps))
    .route('/', modelsRoutes({ ...deps, modelJobs }))
    .route('/', trustRoutes(deps, trust));
  // export renders any view by asking the API itself for that view's JSON; the export request
  // already passed the auth gate (viewer), and every view needs no more than a viewer
  api.onError(handleError);
  const internal = (path: string) => Promise.resolve(api.request(path.replace(/^\/api(?=\/)/, '')));
  api.route('/', exportRoutes(deps, internal));
  api.all('*', (c) => { throw new ApiError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`); });

  app.onError(handleError);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.route('/api', api);
  if (deps.webDist) app.route('/', staticRoutes(deps.webDist));
  /** The API asked by the server itself (export, cache warming): behind the auth gate already. */
  return Object.assign(app, { internal });
}
