// Shared by the benchmarks: the seed articles (read once) and a small seeded PRNG so generated corpora repeat.
import { readdirSync, readFileSync } from "node:fs";

export const seedsDir = new URL("../../../seeds/", import.meta.url);

/** The texts of seeds/*.txt, in file-name order. */
export function seedTexts(): string[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(new URL(f, seedsDir), "utf8"));
}

/** mulberry32: a tiny deterministic PRNG in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
