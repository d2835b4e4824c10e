import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemoDb } from '../server/demo-build.ts';

const DIR = join(import.meta.dirname, '../.tmp');
export const TEST_DEMO_DB = join(DIR, 'test-demo.duckdb');

/**
 * Builds the web app and the demo database once for the whole run (tests open it read-only).
 * BRANDGAP_REUSE_TEST_DB=1 keeps an existing test database to save half a minute while developing.
 */
export default async function setup(project: TestProject): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
  if (!existsSync(TEST_DEMO_DB) || process.env.BRANDGAP_REUSE_TEST_DB !== '1') {
    rmSync(TEST_DEMO_DB, { force: true });
    await buildDemoDb(TEST_DEMO_DB, { log: () => {} });
  }
  project.provide('demoDb', TEST_DEMO_DB);
}

declare module 'vitest' {
  export interface ProvidedContext { demoDb: string }
}
