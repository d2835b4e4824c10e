/** `npm run worker`: usage errors exit 2 and say what is wrong; SIGTERM stops it cleanly. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useRedis } from '../helpers/redis.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { startWorker } from '../../bench/support/workers.ts';

const run = (args: string[], env: Record<string, string | undefined>) => {
  const { BRANDGAP_REDIS_URL: _drop, ...rest } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'ingest/queue/worker-cli.ts', ...args], { env: { ...rest, ...env }, encoding: 'utf8' });
};

describe('npm run worker', () => {
  const redis = useRedis();

  it('needs BRANDGAP_REDIS_URL', () => {
    const r = run([], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/BRANDGAP_REDIS_URL is not set[\s\S]*usage:/);
  });

  it('refuses a bad option or URL with exit 2 or 1 and a message', () => {
    expect(run(['--lock-ms', 'soon'], { BRANDGAP_REDIS_URL: redis().url })).toMatchObject({ status: 2, stderr: expect.stringMatching(/--lock-ms must be a positive whole number/) });
    expect(run(['--fast'], { BRANDGAP_REDIS_URL: redis().url }).status).toBe(2);
    expect(run([], { BRANDGAP_REDIS_URL: 'localhost:6379' })).toMatchObject({ status: 1, stderr: expect.stringMatching(/redis:\/\//) });
  });

  it('says where it stages and stops on SIGTERM with exit 0', async () => {
    const tmp = tmpDir();
    try {
      const w = await startWorker({ BRANDGAP_REDIS_URL: redis().url, BRANDGAP_STAGING: tmp.dir }, 1000);
      expect(w.log()).toContain(`staging in ${tmp.dir}`);
      const exited = new Promise<number | null>((r) => w.proc.once('exit', (code) => r(code)));
      w.proc.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });
});
