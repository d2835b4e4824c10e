import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Serves the built web app: hashed assets cached forever, index.html revalidated, SPA fallback. */
export function staticRoutes(webDist: string) {
  const app = new Hono();
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: webDist }));
  app.use('/favicon.svg', serveStatic({ root: webDist }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!existsSync(`${webDist}/index.html`)) {
      return c.text('The web app is not built yet: run `npm run build` (npm start and npm run demo do it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ root: webDist, path: 'index.html' })(c, next);
  });
  return app;
}
