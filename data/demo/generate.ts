/** The demo data generator: writes realistic, seeded export files for three fictional cities plus a manifest. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDemoFiles } from './demo-files.ts';

export type DemoFile = { file: string; city: string; source: 'survey' | 'focus-group' | 'social' | 'brand'; group?: 'resident' | 'international' | 'visitor' | 'unknown' };

/**
 * Writes the demo files under `outDir` (replacing an earlier run's folders) and returns the manifest. In the returned list
 * `file` is an absolute path, ready for ingest; `outDir/manifest.json` holds the same entries with
 * paths relative to `outDir`, so the folder can be moved and the same seed gives the same bytes.
 * @example generateDemo('data/demo/out', { seed: 7, scale: 0.1 })
 */
export function generateDemo(outDir: string, opts: { seed?: number; scale?: number } = {}): DemoFile[] {
  const root = resolve(outDir);
  const { files, manifest } = buildDemoFiles(opts);
  // clear only what an earlier run wrote, never the whole folder (outDir may hold other things)
  for (const dir of new Set([...files.keys()].map((rel) => rel.split('/')[0]))) rmSync(join(root, dir), { recursive: true, force: true });
  for (const [rel, text] of files) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest.map((m) => ({ ...m, file: join(root, m.file) }));
}
