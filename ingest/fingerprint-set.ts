/**
 * A set of 64-bit fingerprints in flat typed arrays (8 bytes a key, 16 with the table's slack):
 * the dedup keys of every document of a city, however many millions, without a JS object each.
 * Open addressing with linear probing; the table doubles at half full.
 */
export class FingerprintSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private used: Uint8Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.used = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  has(fp: bigint): boolean {
    const hi = Number(fp >> 32n), lo = Number(fp & 0xffffffffn);
    return this.used[this.slot(hi, lo)] === 1;
  }

  /** Adds fp; false when it was there already. */
  add(fp: bigint): boolean {
    const hi = Number(fp >> 32n), lo = Number(fp & 0xffffffffn);
    const i = this.slot(hi, lo);
    if (this.used[i]) return false;
    this.used[i] = 1; this.hi[i] = hi; this.lo[i] = lo;
    if (++this.count * 2 > this.used.length) this.grow();
    return true;
  }

  /** The slot holding (hi, lo), or the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    const mask = this.used.length - 1;
    // the low bits of an md5 are already uniform: they pick the slot
    let i = lo & mask;
    while (this.used[i] && (this.lo[i] !== lo || this.hi[i] !== hi)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, used } = this;
    this.hi = new Uint32Array(used.length * 2);
    this.lo = new Uint32Array(used.length * 2);
    this.used = new Uint8Array(used.length * 2);
    for (let i = 0; i < used.length; i++) {
      if (!used[i]) continue;
      const j = this.slot(hi[i], lo[i]);
      this.used[j] = 1; this.hi[j] = hi[i]; this.lo[j] = lo[i];
    }
  }
}
