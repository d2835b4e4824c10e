/**
 * The most an ingest can reach on this machine with the stage costs measured one at a time: the main
 * thread reads and stores every post, the workers analyse them, and all share the cores. It is the
 * bound the ingest targets are checked against (bench/results.json, ratios).
 */
export type StageRates = { read: { perSecond: number }; analysis: { perSecond: number }; store: { perSecond: number } };

/** Posts per second at best with `workers` analysis threads on `cores` cores. */
export function ingestCeiling(stages: StageRates, cores: number, workers: number): number {
  const read = 1 / stages.read.perSecond;
  const analysis = 1 / stages.analysis.perSecond;
  const store = 1 / stages.store.perSecond;
  return Math.min(
    cores / (read + analysis + store), // all the work, spread over every core
    1 / (read + store), // the main thread alone
    workers / analysis, // the workers alone
  );
}
