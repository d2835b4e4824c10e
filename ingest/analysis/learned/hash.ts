/** Feature hashing: 32-bit FNV-1a over a string, continued from a seed so prefixes cost nothing. */

/** FNV-1a offset basis. */
export const FNV_SEED = 0x811c9dc5;

/** Continues an FNV-1a hash `h` over the UTF-16 code units of `s` (unsigned 32-bit result). */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Continues a hash over one code unit. */
export function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}
