import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_HEADER, WORKBOOK_ROWS, writeGenericWorkbook } from '../helpers/generic-workbook.ts';
import { collectErrors, screenshot } from './browser.ts';
import { signIn, useWritableBrowser } from './writable-server.ts';

let workbook: string;
const browser = useWritableBrowser({ ana: 'analyst' }, async (server) => {
  workbook = join(server.dir, 'city-survey.xlsx');
  await writeGenericWorkbook(workbook);
});

const count = async (sql: string) => (await browser.server.store.all<{ n: number }>(sql))[0].n;

describe('sources wizard: a generic XLSX previewed column by column, mapped and ingested', () => {
  it('shows the columns with samples and guessed roles, ingests with the mapping, and reports what was stored', async () => {
    const errors = collectErrors(browser.page);
    await signIn(browser.page, browser.server, 'ana', '/sources');
    await browser.page.waitForSelector('[data-drop-zone]');
    await browser.page.setInputFiles('[data-drop-zone] input[type="file"]', workbook);

    // no known layout fits, so the wizard opens the mapping with its guesses (and at once re-reads the
    // file with them: the "needs a mapping" note is only there between the two reads, so wait for the mapping)
    await browser.page.waitForSelector('[data-mapping-column="Respondent"]', { timeout: 120_000 });
    expect(await browser.page.textContent('[data-preview] [data-format]')).toBe('generic-xlsx');
    expect(await browser.page.$$eval('[data-sheet-picker] option', (os) => os.map((o) => o.textContent))).toEqual(['Responses', 'Notes']);
    expect(await browser.page.$$('[data-first-rows] tbody tr')).toHaveLength(10);
    expect(await browser.page.$$eval('[data-first-rows] thead th', (ths) => ths.map((t) => t.textContent))).toEqual(WORKBOOK_HEADER);

    // another sheet has other columns; back on the first, the guesses are made again
    await browser.page.selectOption('[data-sheet-picker]', 'Notes');
    await browser.page.waitForSelector('[data-mapping-column="Remark"]');
    expect(await browser.page.$$eval('[data-first-rows] thead th', (ths) => ths.map((t) => t.textContent))).toEqual(['Topic', 'Remark']);
    await browser.page.selectOption('[data-sheet-picker]', 'Responses');
    await browser.page.waitForSelector('[data-mapping-column="Respondent"]');

    // every column with its samples and a guessed role
    const mapping = await browser.page.$$eval('[data-mapping-column]', (rows) => rows.map((r) => ({
      name: r.getAttribute('data-mapping-column'), role: (r.querySelector('select') as HTMLSelectElement).value,
      samples: r.querySelector('.samples')?.textContent ?? '',
    })));
    expect(mapping.map((m) => [m.name, m.role])).toEqual([
      ['Respondent', 'id'], ['Submitted', 'date'], ['Where do you live?', 'group'],
      ['How satisfied are you with the city?', 'likert'], ['What would you change about the city, and why?', 'text'], ['Age', 'attr'],
    ]);
    expect(mapping[3].samples).toBe('Satisfied · Neutral · Dissatisfied');
    await browser.page.$eval('[data-first-rows]', (d) => { (d as HTMLDetailsElement).open = true; }); // for the screenshot
    await browser.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(browser.page, 'sources-xlsx-mapping');

    // the analyst maps one column differently: the age becomes a plain number item, then back to an attribute
    const age = '[data-mapping-column="Age"] select';
    await browser.page.selectOption(age, 'numeric');
    await browser.page.waitForSelector('[data-mapping-column="Age"]:not(:has(.guessed))');
    await browser.page.selectOption(age, 'attr');
    // with the mapping, the preview shows the first records as they will be stored
    await browser.page.waitForSelector('[data-preview] .preview-records tbody tr');
    expect(await browser.page.$$('[data-preview] .preview-records tbody tr')).toHaveLength(5);
    expect(await browser.page.textContent('[data-preview] .preview-records tbody tr:nth-child(3)')).toContain('International');

    await browser.page.fill('input[name="city"]', 'Testville');
    await browser.page.click('[data-start-upload]');
    // the job ends stored or failed; on failure its message is the assertion's diagnosis
    await browser.page.waitForSelector('[data-upload-status="stored"], [data-upload-status="failed"], [data-upload-status="rejected"]', { timeout: 180_000 });
    const status = await browser.page.$eval('[data-upload-status]', (el) => `${el.getAttribute('data-upload-status')}: ${el.textContent}`);
    expect(status.startsWith('stored'), status).toBe(true);
    const documents = await count('select count(*)::INTEGER as n from documents');
    const segments = await count('select count(*)::INTEGER as n from segments');
    expect(documents).toBe(WORKBOOK_ROWS);
    expect(segments).toBeGreaterThanOrEqual(WORKBOOK_ROWS);
    expect(await count(`select count(*)::INTEGER as n from documents where grp = 'international'`)).toBe(10);
    expect(await count('select count(*)::INTEGER as n from survey_answers')).toBe(WORKBOOK_ROWS);
    expect(await browser.page.textContent('[data-summary] [data-documents]')).toBe(String(documents));
    expect(await browser.page.textContent('[data-summary] [data-segments]')).toBe(String(segments));
    await browser.page.waitForSelector('tr[data-file="city-survey.xlsx"]');
    await browser.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(browser.page, 'sources-xlsx');
    expect(errors).toEqual([]);
  }, 420_000); // under the full suite on a fresh clone the preview and the upload job have each taken over a minute
});
