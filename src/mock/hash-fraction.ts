/**
 * A stable number in [0, 1) from a string (FNV-1a, 32 bit). The mock's stand-ins use it
 * as "jitter" so that made-up metrics vary between models yet never change between runs.
 */
export function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x1_0000_0000;
}
