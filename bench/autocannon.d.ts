/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  /** requests: each connection cycles through these in order. */
  type Options = { url: string; connections?: number; duration?: number; amount?: number; requests?: { method?: string; path: string }[] };
  type Result = { requests: { average: number; total: number }; errors: number; non2xx: number; latency: Record<string, number> };
  type Instance = EventEmitter & PromiseLike<Result>;
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
