/**
 * Seeded shuffling: the same seed always gives the same order, so an attempt can be rebuilt after
 * a reload and tests can rely on the order. Math.random is only used to pick a new seed.
 */

/** Hashes a string to a 32-bit state (cyrb53's mixing, folded to 32 bits). */
function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i += 1) {
    const code = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: a small, fast generator that is good enough for ordering quiz items. */
export function createRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle driven by the seed; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = createRandom(seed);
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * A starting order for an ordering question: shuffled from the seed, and never already correct
 * (if the shuffle happens to give the right order, it is rotated by one).
 */
export function scrambledOrder(correct: readonly string[], seed: string): string[] {
  const order = seededShuffle(correct, seed);
  const alreadyRight = order.every((item, index) => item === correct[index]);
  if (alreadyRight && order.length > 1) order.push(order.shift()!);
  return order;
}

/** A fresh seed for a new attempt. */
export function newSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
