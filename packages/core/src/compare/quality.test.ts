// Quality on the seed articles: the whole pipeline (analyze) scored with the shared gold rules.
// Floors from issue 3: the fighters conflict (gold L03) found, no false conflicts, every gold single-source claim
// left unlinked — all held. Link F1: the issue asks ≥ 0.80; lexical alignment (stems, n-grams, concept groups,
// figures, speakers, entities) reaches 0.583 on the seeds (0.40 on the held-out stories, evals.quality.test.ts),
// because most missed gold pairs are paraphrases sharing almost no words. LINK_F1_FLOOR guards what is reached
// against regressions; it is not the target (still open).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "#analyze.ts";
import type { ArticleInput } from "#schema/index.ts";
import { type GoldFile, scoreAgainstGold } from "./gold-score.ts";

const SEEDS = join(import.meta.dirname, "../../../../seeds");
/** Regression floor just under the level reached (0.583); the target of issue 3 is 0.80. */
const LINK_F1_FLOOR = 0.57;

interface Manifest {
  story: { id: string; title: string };
  articles: { file: string; language?: string | null; outlet?: string | null; publishedAt?: string | null }[];
}

function loadSeeds(): { inputs: ArticleInput[]; manifest: Manifest; gold: GoldFile } {
  const manifest = JSON.parse(readFileSync(join(SEEDS, "manifest.json"), "utf8")) as Manifest;
  const gold = JSON.parse(readFileSync(join(SEEDS, "gold.json"), "utf8")) as GoldFile;
  const inputs = manifest.articles.map((a) => ({
    source: join(SEEDS, a.file),
    text: readFileSync(join(SEEDS, a.file), "utf8"),
    outlet: a.outlet ?? null,
    publishedAt: a.publishedAt ?? null,
    language: a.language ?? null,
    storyId: manifest.story.id,
  }));
  return { inputs, manifest, gold };
}

describe("comparison quality on the seeds (gold rules of shared/gold/score.mjs)", () => {
  const { inputs, manifest, gold } = loadSeeds();
  const analysis = analyze(inputs, { story: manifest.story });
  const s = scoreAgainstGold(gold, analysis);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  console.log(
    [
      "seeds comparison scores:",
      `  claims ${analysis.claims.length}, clusters ${analysis.clusters.length} (${analysis.clusters.filter((c) => c.articleCount > 1).length} multi-article)`,
      `  link precision ${r(s.linkPrecision)}  recall ${r(s.linkRecall)}  F1 ${r(s.linkF1)}  (${s.truePairs} true of ${s.predictedPairs} predicted, ${s.goldPairs} gold pairs)`,
      `  conflicts found ${s.conflictsFound}/${s.conflictsTotal}, false conflicts ${s.falseConflicts}`,
      `  gold single-source claims linked: ${s.linkedSingleSource.length ? s.linkedSingleSource.join(", ") : "none"}`,
      `  missed gold pairs: ${s.missedPairs.join(" ")}`,
      `  extra pairs: ${s.extraPairs.join(" ")}`,
    ].join("\n"),
  );

  it("finds the 600-vs-1000 fighters conflict (gold L03)", () => {
    expect(s.conflictsFound).toBe(s.conflictsTotal);
  });
  it("raises no false conflicts", () => {
    expect(s.falseConflicts).toBe(0);
  });
  it("leaves every gold single-source claim unlinked", () => {
    expect(s.linkedSingleSource).toEqual([]);
  });
  it(`links claims across outlets with F1 ≥ ${LINK_F1_FLOOR} (regression floor; target 0.80)`, () => {
    expect(s.linkF1).toBeGreaterThanOrEqual(LINK_F1_FLOOR);
  });
  it("gives every claim a cluster and a chain", () => {
    const inCluster = new Set(analysis.clusters.flatMap((c) => c.claimIds));
    for (const c of analysis.claims) expect(inCluster.has(c.id)).toBe(true);
    for (const cl of analysis.clusters) expect(cl.chains.length).toBe(cl.claimIds.length);
  });
});
