import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('npm start on a database with no accounts', () => {
  const tmp = tmpDir();
  afterAll(tmp.cleanup);

  it('says how to create the first admin, and serves only /api/health without a login', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT, env: { ...process.env, BRANDGAP_DB: join(tmp.dir, 'fresh.duckdb'), PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = /on http:\/\/localhost:(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
      });
      expect(out).toContain('there are no accounts yet');
      expect(out).toContain('npm run user -- add NAME --role admin');
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/cities`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
