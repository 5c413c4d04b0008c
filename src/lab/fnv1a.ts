/**
 * FNV-1a 32-bit hash of bytes, as an unsigned integer: a checksum for the recorded split and
 * the shipped files (not cryptographic; it only has to notice a change).
 * @example fnv1a(new TextEncoder().encode('a')); // 0xe40c292c
 */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
