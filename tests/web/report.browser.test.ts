import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../data/types.ts';
import { collectErrors, screenshot } from './browser.ts';
import { useDemoBrowser } from './demo-browser.ts';

const CITY = 'Havenstad';
const SHOTS = join(import.meta.dirname, '..', 'screenshots');
const demo = useDemoBrowser();

describe('report page in Chromium', () => {
  it('lays out every section with charts as images and key figures in words', async () => {
    const ov = (await (await fetch(`${demo.url}/api/overview?city=${CITY}`)).json()) as OverviewResponse;
    const page = await demo.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/report?city=${CITY}`);
    await page.waitForSelector('.report[data-ready="true"] img[data-report-chart="trend"]', { timeout: 30_000 });
    const sections = await page.$$eval('.report-section', (s) => s.map((x) => x.getAttribute('data-section')));
    expect(sections).toEqual(['headline', 'resonance', 'themes', 'survey', 'trend', 'checklist', 'accuracy', 'methods']);
    const imgs = await page.$$eval('img[data-report-chart]', (l) => l.map((i) => ({
      id: i.getAttribute('data-report-chart'), w: (i as HTMLImageElement).naturalWidth, src: (i as HTMLImageElement).src.slice(0, 22), alt: i.getAttribute('alt') ?? '',
    })));
    expect(imgs.map((i) => i.id)).toEqual(['net-by-group', 'resonance', 'themes', 'survey', 'trend']);
    for (const i of imgs) {
      expect(i.src, i.id!).toBe('data:image/png;base64,');
      expect(i.w, i.id!).toBeGreaterThan(600);
      expect(i.alt.length, i.id!).toBeGreaterThan(20);
    }
    // Key figures in words carry the API's own numbers.
    const head = await page.textContent('[data-section="headline"]');
    expect(head).toContain(`${ov.documents.toLocaleString('en-GB')} documents`);
    const intl = ov.netByGroup.find((g) => g.group === 'international')!;
    expect(head).toContain(`Internationals: net +${Math.round(intl.net!)}`);
    expect(head).toContain(`n = ${intl.n.toLocaleString('en-GB')}`);
    expect(await page.textContent('[data-section="themes"]')).toMatch(/Internationals are most negative about [a-z &]+: net −\d+, n = [\d,]+/);
    expect(await page.textContent('[data-section="methods"]')).toContain(`fewer than ${ov.minN} segments`);
    expect(await page.isEnabled('button:has-text("Print / save as PDF")')).toBe(true);
    await screenshot(page, 'report');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints to an A4 PDF of several pages, one section per page, without the app frame', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${demo.url}/report?city=${CITY}`);
    await page.waitForSelector('.report[data-ready="true"] img[data-report-chart="trend"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.app-header')).toBe(false);
    expect(await page.isVisible('.report-toolbar')).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, 'report.pdf');
    writeFileSync(file, pdf);
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(6);
    // A4 is 595 × 842 points; every page box says so.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(+m[1]), Math.round(+m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(pages);
    for (const b of boxes) expect(b).toEqual([595, 842]);
    // One page as PNG, to look at (poppler-utils' pdftoppm, when installed).
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', file, join(SHOTS, 'report-print-page2')]);
      expect(existsSync(join(SHOTS, 'report-print-page2.png'))).toBe(true);
    }
    await page.close();
  });
});
