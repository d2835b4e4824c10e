/** Failed-login counting per key (IP, account name) in fixed windows, kept in memory. */
export type RateLimiter = {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number;
  /** Counts one failure for `key`. */
  fail(key: string): void;
  /** Takes back one counted failure (an attempt reserved before the slow check, which then succeeded). */
  release(key: string): void;
  /** Forgets `key` (after a successful login). */
  reset(key: string): void;
};

/** At most `attempts` failures per key within `windowMs`; `now` is injectable for tests. */
export function createRateLimiter(attempts: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, { count: number; until: number }>();
  const sweep = () => {
    // Bounded memory under a flood of distinct keys: drop windows that have ended.
    if (hits.size < 10_000) return;
    const t = now();
    for (const [k, v] of hits) if (v.until <= t) hits.delete(k);
  };
  return {
    retryAfter(key) {
      const h = hits.get(key);
      if (!h || h.until <= now()) return 0;
      return h.count >= attempts ? Math.ceil((h.until - now()) / 1000) : 0;
    },
    fail(key) {
      sweep();
      const t = now();
      const h = hits.get(key);
      if (!h || h.until <= t) hits.set(key, { count: 1, until: t + windowMs });
      else h.count++;
    },
    release(key) {
      const h = hits.get(key);
      if (h && h.count > 0) h.count--;
    },
    reset(key) { hits.delete(key); },
  };
}
