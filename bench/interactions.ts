/**
 * Interaction latency in Chromium: from the input event (its timeStamp) to the first frame drawn
 * after the new content is in the DOM (requestAnimationFrame, then a task, so the frame is painted).
 * Three interactions: a heatmap cell on Themes → the drawer's quotes; a filter change on Voices →
 * the new list; a bubble on Resonance → the drawer's quotes. Each clicks distinct elements, so no
 * answer comes from a cache.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';

export type Latency = { ms: number[]; p50: number; max: number };
export type InteractionFigures = {
  heatmapCell: Latency; voicesFilter: Latency; resonanceBubble: Latency; targetMs: number;
  /** The machine's 1-minute load and cores while measuring: a busy 2-core box doubles these times. */
  load1: number; cores: number;
};

const SENTIMENT = ['#b2182b', '#d6604d', '#f4a582', '#e0e0e0', '#92c5de', '#4393c3', '#2166ac'];

function summarise(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const mid = s.length / 2;
  const p50 = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  return { ms: ms.map((x) => Math.round(x)), p50: Math.round(p50), max: Math.round(s.at(-1) ?? 0) };
}

/**
 * Arms the page: the next `event` (click or change) starts the clock; `done` (a function body over
 * `document`, evaluated on every DOM change) stops it once true after a state where it was false.
 */
async function arm(page: Page, event: 'click' | 'change', done: string): Promise<void> {
  await page.evaluate(([event, done]) => {
    const isDone = new Function('document', `return (${done});`) as (d: Document) => boolean;
    const w = window as unknown as { __latency: Promise<number> };
    w.__latency = new Promise<number>((resolve) => {
      let t0: number | null = null;
      let wasPending = false;
      const check = () => {
        if (t0 === null) return;
        if (!isDone(document)) { wasPending = true; return; }
        if (!wasPending) return;
        mo.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0!), 0));
      };
      const mo = new MutationObserver(check);
      document.addEventListener(event, (e) => { t0 = e.timeStamp; check(); }, { capture: true, once: true });
      mo.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }, [event, done] as const);
}

const measured = (page: Page) => page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);

// The drawer is open with its count and its quotes (or a count of 0).
const DRAWER_READY = `!!document.querySelector('.evidence-drawer [data-total]') && !!document.querySelector('.evidence-drawer .quote-card, .evidence-drawer [data-total="0"]')`;

async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.evidence-drawer', { state: 'detached' });
}

/** Page-pixel centres of solid heatmap cells (connected runs of one sentiment colour), spread over the grid. */
export async function heatmapCells(page: Page, count: number): Promise<{ x: number; y: number }[]> {
  return page.$$eval('[data-chart="theme-heatmap"] .echart canvas', (els, [colours, count]) => {
    const want = (colours as string[]).map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const cells: { x: number; y: number }[] = [];
    for (const el of els) {
      const c = el as HTMLCanvasElement;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const r = c.getBoundingClientRect();
      const scale = r.width / c.width;
      const seen = new Uint8Array(c.width * c.height);
      const colourAt = (p: number) => data[p * 4 + 3] === 255 ? want.findIndex((w) => w[0] === data[p * 4] && w[1] === data[p * 4 + 1] && w[2] === data[p * 4 + 2]) : -1;
      for (let p = 0; p < c.width * c.height; p += 3) {
        const k = seen[p] ? -1 : colourAt(p);
        if (k < 0) continue;
        const stack = [p];
        let [x0, y0, x1, y1, area] = [c.width, c.height, 0, 0, 0];
        while (stack.length) {
          const q = stack.pop()!;
          if (seen[q] || colourAt(q) !== k) continue;
          seen[q] = 1;
          area++;
          const x = q % c.width;
          const y = (q - x) / c.width;
          x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
          if (x > 0) stack.push(q - 1);
          if (x < c.width - 1) stack.push(q + 1);
          if (y > 0) stack.push(q - c.width);
          if (y < c.height - 1) stack.push(q + c.width);
        }
        // A cell, not a legend swatch: at least 20×12 px.
        if (x1 - x0 >= 20 * (1 / scale) && y1 - y0 >= 12 * (1 / scale) && area > 200) {
          cells.push({ x: r.left + window.scrollX + ((x0 + x1) / 2) * scale, y: r.top + window.scrollY + (y0 + (y1 - y0) * 0.25) * scale });
        }
      }
    }
    const step = Math.max(1, Math.floor(cells.length / (count as number)));
    return cells.filter((_, i) => i % step === 0).slice(0, count as number);
  }, [SENTIMENT, count] as const);
}

/** Clicks at a page position, scrolled into view first. */
async function clickAt(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, y - window.innerHeight / 2)), at.y);
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  await page.mouse.click(at.x - scroll.x, at.y - scroll.y);
}

/** Clicks each page position in turn, timing each to its drawn evidence drawer, then closes the drawer. */
async function clickEach(page: Page, points: { x: number; y: number }[]): Promise<number[]> {
  const ms: number[] = [];
  for (const at of points) {
    await arm(page, 'click', DRAWER_READY);
    await clickAt(page, at);
    ms.push(await measured(page));
    await closeDrawer(page);
  }
  return ms;
}

async function heatmap(page: Page, href: string, clicks: number): Promise<number[]> {
  await page.goto(href);
  await page.waitForSelector('[data-chart="theme-heatmap"] .echart[data-drawn="true"] canvas', { timeout: 60_000 });
  return clickEach(page, await heatmapCells(page, clicks));
}

async function resonance(page: Page, href: string, clicks: number): Promise<number[]> {
  await page.goto(href);
  await page.waitForSelector('[data-chart="resonance-quadrant"] .echart[data-bubbles]', { timeout: 60_000 });
  const all = JSON.parse((await page.getAttribute('[data-chart="resonance-quadrant"] .echart', 'data-bubbles'))!) as { x: number; y: number; n: number }[];
  const canvas = (await page.$('[data-chart="resonance-quadrant"] .echart'))!;
  const box = (await canvas.boundingBox())!;
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  // Bubbles clear of their neighbours (a click must land on one), the biggest first.
  const clear = all.filter((b) => b.n > 0 && all.every((o) => o === b || Math.hypot(o.x - b.x, o.y - b.y) > 14)).sort((a, b) => b.n - a.n);
  return clickEach(page, clear.slice(0, clicks).map((b) => ({ x: box.x + scroll.x + b.x, y: box.y + scroll.y + b.y })));
}

async function voices(page: Page, href: string, clicks: number): Promise<number[]> {
  await page.goto(href);
  await page.waitForSelector('.voices-count [data-total]', { timeout: 60_000 });
  const themes = await page.$$eval('#vf-theme option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const ms: number[] = [];
  // The count disappears ("Counting…") while the next answer loads, and returns with the new list.
  const ready = `!!document.querySelector('.voices-count [data-total]') && !document.querySelector('.quote-card.skeleton')`;
  for (const theme of themes.slice(0, clicks)) {
    await arm(page, 'change', ready);
    await page.selectOption('#vf-theme', theme);
    ms.push(await measured(page));
  }
  return ms;
}

/** Runs the three interactions `clicks` times each on the app at `url` for `city`. */
export async function interactionLatency(context: BrowserContext, url: string, city: string, clicks = 7): Promise<InteractionFigures> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page functions run in the browser.
  await page.addInitScript('window.__name = (f) => f');
  const href = (path: string) => `${url.replace(/\/$/, '')}${path}?city=${encodeURIComponent(city)}`;
  try {
    const h = await heatmap(page, href('/themes'), clicks);
    const v = await voices(page, href('/voices'), clicks);
    const r = await resonance(page, href('/resonance'), clicks);
    return {
      heatmapCell: summarise(h), voicesFilter: summarise(v), resonanceBubble: summarise(r), targetMs: 200,
      load1: Math.round(loadavg()[0] * 100) / 100, cores: availableParallelism(),
    };
  } finally {
    await page.close();
  }
}
