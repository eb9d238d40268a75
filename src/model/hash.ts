/**
 * Allocation-free 32-bit string hashing for feature hashing: FNV-1a over UTF-16 code units, and
 * a murmur3 finaliser to combine already-hashed parts (bigrams, namespaces) without building strings.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hashes a string with 32-bit FNV-1a (unsigned result); `seed` continues a previous hash. */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one well-spread unsigned hash (murmur3 fmix32 of a combination). */
export function mix(a: number, b: number): number {
  // The odd multiplier keeps (a, b) and (b, a) apart, which bigram order needs.
  let h = (Math.imul(a, 0x9e3779b1) ^ b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
