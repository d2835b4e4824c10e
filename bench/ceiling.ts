/**
 * The most an ingest can reach on this machine with the stage costs measured one at a time: every
 * worker reads the whole file and analyses and stages its part, all share the cores, and the owner
 * then loads the staged rows (DuckDB's threads). It is the bound the ingest targets are checked
 * against (bench/results.json, ratios).
 */
type Rate = { perSecond: number };
export type StageRates = { read: Rate; analysis: Rate; staging: Rate; load: Rate };

/** Posts per second at best with `workers` staging threads on `cores` cores. */
export function ingestCeiling(stages: StageRates, cores: number, workers: number): number {
  const read = 1 / stages.read.perSecond;
  const work = 1 / stages.analysis.perSecond + 1 / stages.staging.perSecond;
  const staging = Math.max(
    read + work / workers, // one worker: the whole file read, its share analysed and staged
    (workers * read + work) / Math.min(cores, workers), // all the workers' work over the cores they have
  );
  return 1 / (staging + 1 / stages.load.perSecond);
}
