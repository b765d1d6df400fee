// Quality on the seeds: extraction scored against seeds/gold.json with the gold scorer's rules (ported in
// gold-score.ts; cross-checked against /work/shared/gold/score.mjs when that file is present). Prints every score
// and fails under the floors of issue 5.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleInput } from "#schema/index.ts";
import { type GoldFile, scoreAgainstGold } from "./gold-score.ts";
import { extractArticles } from "./index.ts";

const SEEDS = resolve(import.meta.dirname, "../../../../seeds");
const SHARED_SCORER = resolve(import.meta.dirname, "../../../../../shared/gold/score.mjs");

interface ManifestEntry {
  file: string;
  language?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
}

function seedInputs(): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, "manifest.json"), "utf8")) as { articles: ManifestEntry[] };
  return manifest.articles.map((a) => ({
    source: join(SEEDS, a.file),
    text: readFileSync(join(SEEDS, a.file), "utf8"),
    language: a.language ?? null,
    outlet: a.outlet ?? null,
    publishedAt: a.publishedAt ?? null,
  }));
}

const gold = JSON.parse(readFileSync(join(SEEDS, "gold.json"), "utf8")) as GoldFile;
const extracted = extractArticles(seedInputs());
const scores = scoreAgainstGold(gold, extracted);

describe("extraction quality on the seeds (gold floors)", () => {
  it("prints the scores", () => {
    console.log(
      [
        "gold scores (extract):",
        ...Object.entries(scores).map(([k, v]) => `  ${k.padEnd(28)} ${Array.isArray(v) ? v.join(" | ") || "-" : v}`),
      ].join("\n"),
    );
    expect(scores.articlesPaired).toBe("5/5");
  });
  it("finds ≥ 90% of the gold claims, none coarse and none from boilerplate", () => {
    expect(scores.claimRecall).toBeGreaterThanOrEqual(0.9);
    expect(scores.coarseClaims).toBe(0);
    expect(scores.boilerplateClaims).toBe(0);
  });
  it("names the right speaker for ≥ 90% of attributed and reported claims, ≤ 3 false attributions", () => {
    expect(scores.speakerAccuracyAttributed).toBeGreaterThanOrEqual(0.9);
    expect(scores.speakerAccuracyReported).toBeGreaterThanOrEqual(0.9);
    expect(scores.falseAttributedClaims).not.toBeNull();
    expect(scores.falseAttributedClaims ?? 99).toBeLessThanOrEqual(3);
  });
  it("finds ≥ 95% of the gold figures with ≥ 95% approx agreement", () => {
    expect(scores.figureRecall).toBeGreaterThanOrEqual(0.95);
    expect(scores.figureApproxAgreement).toBeGreaterThanOrEqual(0.95);
  });
  it("keeps every claim's text equal to its span and every span inside the article", () => {
    const byId = new Map(extracted.articles.map((a) => [a.id, a]));
    for (const c of extracted.claims) {
      const a = byId.get(c.articleId);
      expect(a).toBeDefined();
      expect(a?.text.slice(c.start, c.end)).toBe(c.text);
      for (const q of c.quantities) expect(q.start >= c.start && q.end <= c.end).toBe(true);
    }
  });
});

// The port must agree with the shared scorer: run it on the same analysis when it is there.
const dir = mkdtempSync(join(tmpdir(), "isnad-extract-quality-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describe.skipIf(!existsSync(SHARED_SCORER))("the ported scorer agrees with ../shared/gold/score.mjs", () => {
  it("gives the same claim, speaker, boilerplate and figure scores", () => {
    const file = join(dir, "analysis.json");
    writeFileSync(file, JSON.stringify({ ...extracted, clusters: [] }));
    const run = spawnSync(process.execPath, [SHARED_SCORER, join(SEEDS, "gold.json"), file, "--json"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const shared = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const k of [
      "claimRecall",
      "coarseClaims",
      "predictedClaims",
      "speakerAccuracyAttributed",
      "speakerAccuracyReported",
      "falseAttributedClaims",
      "boilerplateClaims",
      "figureRecall",
      "figureApproxAgreement",
      "vagueFigureRecall",
    ] as const) {
      expect(scores[k], k).toEqual(shared[k]);
    }
  });
});
