import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the web app with Vite when its index.html is missing. */
export async function ensureWebBuilt(webDist: string): Promise<void> {
  if (existsSync(join(webDist, 'index.html'))) return;
  console.log('brandgap: building the web app (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}
