import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrandValueInput, ValuesResponse } from '../../data/types.ts';
import { setCityValues } from '../../ingest/reannotate.ts';
import { fmtShare } from '../../web/src/format/intl.ts';
import { collectErrors, screenshot } from './browser.ts';
import { loadOpenAnswers, signIn, useWritableBrowser } from './writable-server.ts';

const CITY = 'Havenstad';
const VALUE = 'Waterfront living';

/** A small survey of open answers: the waterfront, an international city, and housing (not yet a term of any value). */
const ANSWERS = [
  'Living by the waterfront is the best part of this city.',
  'Finding housing took me eight months and cost a fortune.',
  'The harbour and the quays are lovely in summer.',
  'Housing is the biggest problem for newcomers here.',
  'I enjoy cycling to work, the trams are often late.',
  'Student housing is scarce and expensive.',
  'The people are friendly and open to newcomers.',
  'It feels international, with people from all over the world.',
];

const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  const values = JSON.parse(readFileSync('data/demo/values/havenstad.json', 'utf8')) as BrandValueInput[];
  await setCityValues(server.store, CITY, values, 'test');
  const summary = await loadOpenAnswers(server, CITY, Array.from({ length: 42 }, (_, i) => ANSWERS[i % ANSWERS.length]), 'international');
  expect(summary.errors).toEqual([]);
});

const voiceShare = async (): Promise<number> => {
  const d = (await browser.page.evaluate(async (city) => (await fetch(`/api/values?city=${city}`)).json(), CITY)) as ValuesResponse;
  return d.values.find((v) => v.value === VALUE)!.groups.find((g) => g.group === 'all')!.voice_share;
};

describe('brand page: editing a value changes the figures', () => {
  it('adds a term, saves, and shows the voice share before and after as the API computes it', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', `/brand?city=${CITY}`);
    const card = `.value-card[data-value="${VALUE}"]`;
    await browser.page.waitForSelector(card);
    const before = await voiceShare();
    expect(await browser.page.textContent(`${card} [data-voice-share]`)).toBe(`voice share ${fmtShare(before)}`);

    // "housing" is said in the answers but is not one of the value's terms yet.
    expect(await browser.page.$(`${card} .chip[data-word="housing"]`)).toBeNull();
    await browser.page.fill(`${card} [data-add="term"]`, 'housing');
    await browser.page.press(`${card} [data-add="term"]`, 'Enter');
    await browser.page.waitForSelector(`${card} .chip[data-word="housing"]`);
    await browser.page.click('[data-save-values]');

    const row = `[data-share-changes] tr[data-value="${VALUE}"]`;
    await browser.page.waitForSelector(`${row} [data-after]`, { timeout: 60_000 });
    const after = await voiceShare();
    expect(after).toBeGreaterThan(before);
    expect(await browser.page.textContent(`${row} [data-before]`)).toBe(fmtShare(before));
    expect(await browser.page.textContent(`${row} [data-after]`)).toBe(fmtShare(after));

    // The history lists the new version with the added term.
    await browser.page.waitForSelector('[data-history] li[data-version="2"]');
    expect(await browser.page.textContent('[data-history] li[data-version="2"]')).toContain(`${VALUE}: + housing`);
    await screenshot(browser.page, 'brand');
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the editor off in the read-only demo, with a note saying why', async () => {
    const { startDemoServer } = await import('../helpers/demo-server.ts');
    const demo = await startDemoServer();
    const p = await browser.context.newPage();
    await p.goto(`${demo.url}/brand?city=${CITY}`);
    await p.waitForSelector('.value-card');
    expect(await p.textContent('[data-write-note]')).toContain('read-only demo');
    expect(await p.$('[data-save-values]')).toBeNull();
    expect(await p.isDisabled('.value-card input')).toBe(true);
    await p.close();
    await demo.close();
  }, 60_000);
});
