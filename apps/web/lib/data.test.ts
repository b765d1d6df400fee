import type { Cluster } from "@isnad/core/schema";
import type { Page, PageRequest } from "@isnad/store";
import { describe, expect, it } from "vitest";
import { allPages, fetchByIds, groupByRelation, strongestRelation } from "./data.ts";

/** A paged listing over an array, honouring limit/offset like the store (max 500 a page). */
function pager<T>(items: T[], calls: PageRequest[] = []) {
  return async (p: PageRequest): Promise<Page<T>> => {
    calls.push(p);
    const limit = Math.min(p.limit ?? 50, 500);
    const offset = p.offset ?? 0;
    return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
  };
}

const cluster = (id: string, relation: Cluster["relation"], articleCount = 1): Cluster => ({
  id,
  claimIds: [id],
  relation,
  topic: id,
  evidence: [],
  figures: [],
  chains: [],
  articleCount,
  independentSources: 1,
});

describe("allPages", () => {
  it("walks every page and stops at the total", async () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const calls: PageRequest[] = [];
    expect(await allPages(pager(items, calls))).toEqual(items);
    expect(calls.map((c) => c.offset)).toEqual([0, 500, 1000]);
  });

  it("respects the cap", async () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    expect(await allPages(pager(items), 700)).toHaveLength(700);
  });

  it("handles an empty listing with one call", async () => {
    const calls: PageRequest[] = [];
    expect(await allPages(pager([], calls))).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});

describe("fetchByIds", () => {
  it("fetches each unknown id once, keeps known ones, drops missing ones", async () => {
    const asked: string[] = [];
    const got = await fetchByIds(
      ["a", "b", "a", "x", "k"],
      async (id) => {
        asked.push(id);
        return id === "x" ? null : { id, v: id.toUpperCase() };
      },
      new Map([["k", { id: "k", v: "known" }]]),
      2,
    );
    expect(asked.sort()).toEqual(["a", "b", "x"]);
    expect([...got.keys()].sort()).toEqual(["a", "b", "k"]);
    expect(got.get("k")!.v).toBe("known");
  });
});

describe("relations", () => {
  it("groups clusters by relation, widest first", () => {
    const g = groupByRelation([
      cluster("a", "corroborates", 2),
      cluster("b", "conflicts"),
      cluster("c", "corroborates", 5),
    ]);
    expect(g.corroborates.map((c) => c.id)).toEqual(["c", "a"]);
    expect(g.conflicts.map((c) => c.id)).toEqual(["b"]);
    expect(g.compatible).toEqual([]);
  });

  it("colours a claim by its most telling relation", () => {
    expect(strongestRelation(undefined)).toBeNull();
    expect(strongestRelation([])).toBeNull();
    expect(strongestRelation([cluster("a", "single-source"), cluster("b", "corroborates")])).toBe("corroborates");
    expect(strongestRelation([cluster("a", "compatible"), cluster("b", "conflicts")])).toBe("conflicts");
  });
});
