/**
 * One private redis-server per test file (support/redis.ts, shared with the bench): started in
 * beforeAll, stopped in afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type TestRedis } from '../../bench/support/redis.ts';

/** One redis-server for the tests of a file; call at the top of a describe or file. */
export function useRedis(): () => TestRedis {
  let redis: TestRedis | null = null;
  beforeAll(async () => { redis = await startRedis(); });
  afterAll(async () => { await redis?.stop(); });
  return () => {
    if (!redis) throw new Error('useRedis(): the server is only there inside tests');
    return redis;
  };
}
