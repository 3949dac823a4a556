/** FNV-1a, 64-bit, over the UTF-8 bytes of a text: synchronous and dependency-free (no crypto.subtle needed). */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** The 64-bit FNV-1a hash of `text`. */
export function fnv1a64(text: string): bigint {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  return hash;
}
