/**
 * How the records of a file that cannot be read in line ranges (CSV, XLSX, a JSON document, …; an
 * NDJSON part reads only its lines, byte-source.ts lineRange) are split among parts: part k takes the records the reader yields while its
 * position is in the k-th of `parts` equal byte ranges. Parts are contiguous, so the loader reads
 * the parts' files in order and inserts rows in file order without sorting, and a part stops
 * reading at the end of its range (on average a part reads half the file, not all of it).
 * Every part reads from the start with the same reader, so all compute the same owner per record.
 */
export class RangeSplit {
  private reached = 0;

  constructor(private parts: number) {}

  /**
   * The part that owns the record read at `bytes` of `total`. Never decreases: a reader that
   * reads the file twice restarts its position, and a part that stopped must not be owed records.
   */
  owner(bytes: number, total: number | null): number {
    const at = total ? Math.min(this.parts - 1, Math.floor((bytes * this.parts) / total)) : 0;
    if (at > this.reached) this.reached = at;
    return this.reached;
  }
}
