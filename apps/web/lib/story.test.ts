import type { Claim, Cluster, ClusterFigure, Story } from "@isnad/core/schema";
import { describe, expect, it } from "vitest";
import { orderConflicts, sidesOf, speakersOf, timelineOf } from "./story.ts";

function claim(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: "a1",
    start: 0,
    end: 4,
    text: "نص ما",
    kind: "reported",
    speaker: null,
    verb: null,
    via: [],
    quantities: [],
    entityIds: [],
    ...over,
  };
}

function cluster(id: string, over: Partial<Cluster> = {}): Cluster {
  return {
    id,
    claimIds: ["c1"],
    relation: "conflicts",
    topic: id,
    evidence: [],
    figures: [],
    chains: [],
    articleCount: 2,
    independentSources: 2,
    ...over,
  };
}

const fig = (outlet: string, value: number): ClusterFigure => ({
  claimId: outlet,
  articleId: outlet,
  outlet,
  quantity: { start: 0, end: 3, text: String(value), value, approx: false },
});

describe("sidesOf", () => {
  it("groups figures by interval, smallest first", () => {
    const sides = sidesOf([fig("ب", 1000), fig("أ", 600), fig("ج", 1000)]);
    expect(sides.map((s) => s.value)).toEqual(["600", "1,000"]);
    expect(sides[1]!.figures.map((f) => f.outlet)).toEqual(["ب", "ج"]);
  });
});

describe("speakersOf / timelineOf", () => {
  const claims = [
    claim("c1", {
      speaker: { name: "مصطفى بالي", entityId: "e1" },
      time: { start: 0, end: 1, text: "السبت", date: "2019-02-09", relative: null },
    }),
    claim("c2", {
      speaker: { name: "بالي", entityId: "e1" },
      time: { start: 0, end: 1, text: "الأحد", date: "2019-02-10", relative: null },
    }),
    claim("c3", {
      speaker: { name: "المرصد", entityId: null },
      time: { start: 0, end: 1, text: "السبت", date: "2019-02-09", relative: null },
    }),
    claim("c4"),
  ];

  it("counts speakers by resolved entity when the summary has none", () => {
    expect(speakersOf(null, claims)).toEqual([
      { name: "مصطفى بالي", entityId: "e1", claims: 2 },
      { name: "المرصد", entityId: null, claims: 1 },
    ]);
  });

  it("prefers the stored summary's speakers", () => {
    const summary = {
      speakers: [
        { name: "س", entityId: null, claims: 1 },
        { name: "ص", entityId: null, claims: 3 },
      ],
      timeline: [],
    } as unknown as Story;
    expect(speakersOf(summary, claims).map((s) => s.name)).toEqual(["ص", "س"]);
  });

  it("orders the timeline by date", () => {
    expect(timelineOf(null, claims)).toEqual([
      { date: "2019-02-09", claimIds: ["c1", "c3"] },
      { date: "2019-02-10", claimIds: ["c2"] },
    ]);
  });
});

describe("orderConflicts", () => {
  it("puts the summary's top conflicts first, then the widest", () => {
    const list = [
      cluster("x", { articleCount: 2 }),
      cluster("y", { articleCount: 5 }),
      cluster("z", { articleCount: 3 }),
    ];
    const summary = { topConflicts: [{ clusterId: "z", topic: "z", sides: [] }] } as unknown as Story;
    expect(orderConflicts(list, summary).map((c) => c.id)).toEqual(["z", "y", "x"]);
    expect(orderConflicts(list, null).map((c) => c.id)).toEqual(["y", "z", "x"]);
  });
});
