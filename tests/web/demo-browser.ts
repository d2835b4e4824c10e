/** The demo server and headless Chromium a read-only browser test file shares across its tests. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { CitiesResponse } from '../../data/types.ts';
import { startDemoServer } from '../helpers/demo-server.ts';
import { launchChromium } from './browser.ts';

/** Where the demo app runs and the browser context that opens its pages (set once beforeAll ran). */
export type DemoBrowser = { readonly url: string; readonly context: BrowserContext };

/** Starts the demo server and Chromium before the file's tests and closes both after them. */
export function useDemoBrowser(): DemoBrowser {
  let server: { url: string; close(): Promise<void> } | undefined;
  let chrome: { context: BrowserContext; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startDemoServer();
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });
  return {
    get url() { return server!.url; },
    get context() { return chrome!.context; },
  };
}

/** The name of the first city the demo serves (the one its pages open with). */
export async function firstCity(url: string): Promise<string> {
  return ((await (await fetch(`${url}/api/cities`)).json()) as CitiesResponse).cities[0].name;
}
