// Labelled pairs (fixtures/pairs.ts, written for isnad): link precision/recall, relation accuracy, and no
// conflicts on pairs that differ only in time or scope. Prints a threshold sweep (how LINK_THRESHOLD was tuned).
import { describe, expect, it } from "vitest";
import type { Article, Claim } from "#schema/index.ts";
import { buildFeatures, type ClaimFeatures } from "./features.ts";
import { fixtureArticle } from "./fixtures/build.ts";
import { type FixtureClaim, type LabelledPair, PAIRS } from "./fixtures/pairs.ts";
import { CROWD_FLOOR, LINK_THRESHOLD, measureKey, type PairScore, scorePair, storyContext } from "./score.ts";

interface Scored {
  pair: LabelledPair;
  p: PairScore;
}

function scoreAll(): Scored[] {
  const out: Scored[] = [];
  for (const story of [...new Set(PAIRS.map((p) => p.story))]) {
    const pairs = PAIRS.filter((p) => p.story === story);
    const unique = new Map<string, FixtureClaim>();
    for (const p of pairs) for (const c of [p.a, p.b]) if (!unique.has(c.text)) unique.set(c.text, c);
    const articles: Article[] = [];
    const claims: Claim[] = [];
    [...unique.values()].forEach((c, k) => {
      const built = fixtureArticle(`${story}-${k}`, [c]);
      articles.push(built.article);
      claims.push(...built.claims);
    });
    const { features } = buildFeatures(claims, articles);
    const byText = new Map(features.map((f) => [f.claim.text, f]));
    const ctx = storyContext(features);
    for (const pair of pairs) {
      const a = byText.get(pair.a.text) as ClaimFeatures;
      const b = byText.get(pair.b.text) as ClaimFeatures;
      out.push({ pair, p: scorePair(a, b, ctx) });
    }
  }
  return out;
}

const relationOf = (p: PairScore) =>
  p.negation !== null || p.figureRelation === "conflict"
    ? "conflicts"
    : p.figureRelation === "compatible"
      ? "compatible"
      : "corroborates";

function metrics(scored: readonly Scored[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { pair, p } of scored) {
    if (pair.label === "scope") continue;
    const linked = p.score >= threshold;
    if (linked && pair.label === "link") tp++;
    else if (linked) fp++;
    else if (pair.label === "link") fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

describe("labelled pairs", () => {
  const scored = scoreAll();
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const m = metrics(scored, LINK_THRESHOLD);
  const links = scored.filter((s) => s.pair.label === "link" && s.p.score >= LINK_THRESHOLD);
  const relOk = links.filter((s) => relationOf(s.p) === s.pair.relation).length;
  const lines = [
    `labelled pairs: ${scored.length} (${scored.filter((s) => s.pair.label === "link").length} link, ${scored.filter((s) => s.pair.label === "nolink").length} nolink, ${scored.filter((s) => s.pair.label === "scope").length} scope)`,
    `  at LINK_THRESHOLD ${LINK_THRESHOLD}: precision ${r(m.precision)} recall ${r(m.recall)} F1 ${r(m.f1)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`,
    `  relation accuracy on found links: ${relOk}/${links.length}`,
    "  sweep: " +
      [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]
        .map((t) => {
          const x = metrics(scored, t);
          return `${t}→P${r(x.precision)}/R${r(x.recall)}/F${r(x.f1)}`;
        })
        .join("  "),
    ...scored.map(
      (s) =>
        `  ${s.pair.id} ${s.pair.label.padEnd(6)} ${(s.pair.relation ?? "").padEnd(12)} score ${r(s.p.score)} stem ${r(s.p.stem)} gram ${r(s.p.gram)} fig ${s.p.figureRelation} neg ${s.p.negation} → ${s.p.score >= LINK_THRESHOLD ? relationOf(s.p) : "-"}`,
    ),
  ];
  console.log(lines.join("\n"));

  it("links paraphrases and contradictions with precision ≥ 0.85 and recall ≥ 0.75", () => {
    expect(m.precision).toBeGreaterThanOrEqual(0.85);
    expect(m.recall).toBeGreaterThanOrEqual(0.75);
  });
  it("labels the relation of found links correctly in ≥ 85% of cases", () => {
    expect(relOk / Math.max(1, links.length)).toBeGreaterThanOrEqual(0.85);
  });
  it("reads each measure on its own (agreeing survivors do not hide a clash on the dead), and the fled as displaced", () => {
    const of = (id: string) => scored.find((s) => s.pair.id === id)?.p as PairScore;
    expect(relationOf(of("W01"))).toBe("conflicts");
    expect(relationOf(of("W02"))).toBe("corroborates");
    // people who fled («نزحوا») are counted with the displaced («عدد النازحين»)
    expect(relationOf(of("D01"))).toBe("conflicts");
  });
  it("a denial agrees with a claim that itself says no or that it affirms, and one speaker at one time does not contradict itself", () => {
    const of = (id: string) => scored.find((s) => s.pair.id === id)?.p as PairScore;
    expect(of("N10").negation).toBeNull();
    expect(of("N11").negation).toBeNull();
    // «نفت الرواية، مؤكدة أنه نجا» affirms what «نجا» reports
    expect(of("N12").negation).toBeNull();
  });
  it("weighs compatible figures of a measure most claims give figures for down, and keeps a clash at full weight", () => {
    const built = [
      { text: "وقالت الوزارة إن أكثر من 400 ألف طفل تلقوا اللقاح حتى الآن.", fig: "أكثر من 400 ألف طفل", min: 400000 },
      {
        text: "وأعلنت المنظمة تطعيم نحو 500 ألف طفل في المرحلتين الأوليين.",
        fig: "نحو 500 ألف طفل",
        value: 500000,
        approx: true,
      },
      { text: "وقالت الوكالة إن 300 ألف طفل تلقوا اللقاح حتى الآن.", fig: "300 ألف طفل", value: 300000 },
    ].map((c, k) =>
      fixtureArticle(`crowd-${k}`, [
        {
          text: c.text,
          quantities: [{ text: c.fig, min: c.min, value: c.value, approx: c.approx, unit: "person", subject: "طفل" }],
        },
      ]),
    );
    const [few, fewer, more] = buildFeatures(
      built.flatMap((b) => b.claims),
      built.map((b) => b.article),
    ).features as [ClaimFeatures, ClaimFeatures, ClaimFeatures];
    const key = measureKey(few.figures[0] as NonNullable<(typeof few.figures)[number]>);
    const quiet = { entityDf: new Map<string, number>(), measureDf: new Map([[key, 2]]), claimCount: 80 };
    const crowded = { ...quiet, measureDf: new Map([[key, 40]]) };
    const calm = scorePair(few, fewer, quiet);
    const busy = scorePair(few, fewer, crowded);
    expect(calm.figureRelation).toBe("compatible");
    expect(busy.figureRelation).toBe("compatible");
    expect(calm.score - busy.score).toBeGreaterThan(0.05);
    expect(busy.score).toBeGreaterThan(calm.score - 0.2 * (1 - CROWD_FLOOR) - 1e-9);
    // a clash keeps its weight however crowded the measure
    expect(scorePair(fewer, more, crowded).score).toBeCloseTo(scorePair(fewer, more, quiet).score, 9);
  });
  it("never calls a difference of time or scope a conflict", () => {
    for (const s of scored.filter((x) => x.pair.label === "scope")) expect(relationOf(s.p)).not.toBe("conflicts");
  });
});
