/**
 * The web app's initial JavaScript (gzipped), the time to the overview's first drawn chart and the
 * latency of interactions (bench/interactions.ts). Standalone: `npx tsx bench/web.ts [--db FILE]
 * [--clicks N]` prints the three as JSON (the demo database by default; web/dist must be built).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { openStore } from '../data/db/store.ts';
import { launchChromium } from '../tests/web/browser.ts';
import { interactionLatency, type InteractionFigures } from './interactions.ts';

type ManifestChunk = { file: string; imports?: string[]; css?: string[] };

/**
 * The JavaScript the first page (the overview) needs before it can draw: the entry, the overview
 * page chunk and every chunk they import statically (ECharts included), gzipped. From Vite's manifest.
 */
export function initialJs(dist = 'web/dist'): { files: number; gzipKb: number; rawKb: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit('index.html');
  visit('src/pages/overview/overview-page.tsx');
  let gz = 0;
  let raw = 0;
  for (const key of seen) {
    const bytes = readFileSync(join(dist, manifest[key].file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: seen.size, gzipKb: Math.round(gz / 102.4) / 10, rawKb: Math.round(raw / 102.4) / 10 };
}

/** The demo app served on a free port over `demoDb` (read-only), with the built web app. */
async function serveDemo(demoDb: string): Promise<{ url: string; close(): void }> {
  // a demo database built by an older version gets the newer migrations first, as `npm run demo` does
  (await openStore(demoDb)).close();
  const store = await openStore(demoDb, { readOnly: true });
  const app = createApp({ store, version: 'bench', demo: true, minN: 30, webDist: 'web/dist' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => { server.close(); store.close(); },
  };
}

/** Interaction latency (click → next drawn frame with the new content) on a fresh server and browser. */
export async function interactions(demoDb: string, clicks = 7, city = 'Havenstad'): Promise<InteractionFigures> {
  const server = await serveDemo(demoDb);
  const chrome = await launchChromium();
  try {
    return await interactionLatency(chrome.context, server.url, city, clicks);
  } finally {
    await chrome.close();
    server.close();
  }
}

/** ms from navigation to the first overview chart canvas with pixels drawn, in Debian's Chromium. */
export async function firstChart(demoDb: string, runs = 3): Promise<number[]> {
  const demo = await serveDemo(demoDb);
  const url = `${demo.url}/?city=Havenstad`;
  const chrome = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await chrome.context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForFunction(() => [...document.querySelectorAll('canvas')].some((c) => {
        const ctx = (c as HTMLCanvasElement).getContext('2d');
        if (!ctx || !c.width) return false;
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let j = 3; j < d.length; j += 4 * 97) if (d[j] !== 0) return true;
        return false;
      }), null, { timeout: 30_000, polling: 20 });
      times.push(Date.now() - t0);
      await page.close();
    }
  } finally {
    await chrome.close();
    demo.close();
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'data/demo.duckdb' }, clicks: { type: 'string', default: '7' } } });
  if (!existsSync(values.db)) throw new Error(`no database at ${values.db} (npm run demo builds data/demo.duckdb)`);
  const result = { initialJs: initialJs(), firstChartMs: await firstChart(values.db), interactions: await interactions(values.db, Number(values.clicks)) };
  console.log(JSON.stringify(result, null, 2));
}
