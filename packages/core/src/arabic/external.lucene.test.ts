// Apache Lucene's Arabic normalisation and light-stem cases (TestArabicNormalizationFilter / TestArabicStemFilter),
// read from ../shared/external/lucene-arabic (not copied into the repo). Skipped with a notice when absent.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.ts";
import { stem } from "./stem.ts";

const DIR = new URL("../../../../../shared/external/lucene-arabic/", import.meta.url);
const present = existsSync(DIR);
if (!present) console.log(`lucene-arabic: ${DIR.pathname} not found, external Lucene cases skipped`);

type Case = { input: string; expected: string; name: string };
const load = (file: string): Case[] => JSON.parse(readFileSync(new URL(file, DIR), "utf8")).cases;

/**
 * Where our policy differs from Lucene's on purpose. Lucene expects already-lower-cased input for non-Arabic
 * terms; our stem() folds (and so lower-cases) every token, since stems are matching keys.
 */
const STEM_POLICY: Record<string, string> = {
  NonArabic: "we lower-case Latin tokens as part of the fold (English → english)",
};

// Skipped only when the shared external folder is missing (e.g. outside CI): the data is not in the repo.
describe.skipIf(!present)("Lucene Arabic normalisation cases", () => {
  it("every normalisation pair matches (ta marbuta → ha and alef maksura → ya are our defaults too)", () => {
    const cases = load("normalization_cases.json");
    const failed = cases.filter((c) => normalize(c.input).text !== c.expected);
    console.log(
      `lucene normalization_cases.json: ${cases.length - failed.length}/${cases.length} pass (${((100 * (cases.length - failed.length)) / cases.length).toFixed(1)}%)`,
    );
    expect(failed.map((c) => c.name)).toEqual([]);
  });
});

describe.skipIf(!present)("Lucene Arabic light-stem cases", () => {
  it("every light-stem pair matches, apart from the listed policy differences", () => {
    const cases = load("light_stem_cases.json");
    const results = cases.map((c) => ({ ...c, got: stem(c.input) }));
    const pass = results.filter((r) => r.got === r.expected);
    const policy = results.filter((r) => r.got !== r.expected && STEM_POLICY[r.name]);
    const failed = results.filter((r) => r.got !== r.expected && !STEM_POLICY[r.name]);
    console.log(
      `lucene light_stem_cases.json: ${pass.length}/${cases.length} pass (${((100 * pass.length) / cases.length).toFixed(1)}%), ${policy.length} policy differences: ${policy.map((r) => `${r.name} ${r.input}→${r.got} (${STEM_POLICY[r.name]})`).join("; ")}`,
    );
    expect(failed.map((r) => `${r.name}: ${r.input} → ${r.got}, expected ${r.expected}`)).toEqual([]);
    // the policy differences still agree after case folding
    for (const r of policy) expect(r.got).toBe(r.expected.toLowerCase());
  });
});
