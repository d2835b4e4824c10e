/** Chromium for browser tests: Debian's /usr/bin/chromium with a throwaway profile, and page probes. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Launches headless Chromium with a fresh user-data dir; `close()` removes the profile too. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'brandgap-chromium-'));
  // Playwright refuses --user-data-dir in args; a persistent context is the same thing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and uncaught page errors from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Waits until the chart card `id` has drawn its current option (EChart sets data-drawn on "finished"). */
export async function waitForChart(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`[data-chart="${id}"] .echart[data-drawn="true"] canvas`, { timeout: 60_000 });
}

/**
 * Samples the chart's canvas: distinct colours and the share of pixels that are not background.
 * A blank or cleared canvas has one colour (or transparent only) and no ink.
 */
export async function canvasInk(page: Page, id: string): Promise<{ colours: number; inkShare: number; width: number }> {
  return page.$eval(`[data-chart="${id}"] .echart canvas`, (el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const seen = new Set<number>();
    let ink = 0;
    let total = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      seen.add((r << 24) | (g << 16) | (b << 8) | a);
      total++;
      if (a > 0 && !(r > 245 && g > 245 && b > 245)) ink++;
    }
    return { colours: seen.size, inkShare: ink / total, width: c.width };
  });
}

/** Saves a full-page screenshot under tests/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(import.meta.dirname, '..', 'screenshots', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
