import { type Cluster, Relation } from "@isnad/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ClusterDetail } from "#openapi/schemas.ts";
import { ClaimPage } from "#routes/claims/list.ts";
import { ClusterPage } from "#routes/clusters/list.ts";
import { call, collect, createSeededHarness, DERNA_STORY, parseError, type Seeded } from "#testing/harness.ts";

let h: Seeded;
let all: Cluster[];
beforeAll(async () => {
  h = await createSeededHarness();
  all = await collect(h.app, "/v1/clusters", (body) => ClusterPage.parse(body));
});
afterAll(async () => {
  await h.cleanup();
});

const list = async (query: string) => {
  const res = await call(h.app, "GET", `/v1/clusters?${query}`);
  expect(res.status, res.text).toBe(200);
  return ClusterPage.parse(res.body);
};

describe("GET /v1/clusters", () => {
  test("every claim belongs to at least one cluster", async () => {
    expect(all.length).toBeGreaterThan(0);
    const claims = await collect(h.app, "/v1/claims", (body) => ClaimPage.parse(body));
    const clustered = new Set(all.flatMap((k) => k.claimIds));
    for (const claim of claims) expect(clustered.has(claim.id)).toBe(true);
  });

  test("filters by relation: the relations partition the clusters", async () => {
    let sum = 0;
    for (const relation of Relation.options) {
      const page = await list(`relation=${relation}&limit=500`);
      expect(page.items.every((k) => k.relation === relation)).toBe(true);
      sum += page.total;
    }
    expect(sum).toBe(all.length);
  });

  test("filters by storyId, and story summaries count the same clusters", async () => {
    const page = await list(`storyId=${DERNA_STORY.id}&limit=500`);
    const claims = await collect(h.app, `/v1/claims?storyId=${DERNA_STORY.id}`, (body) => ClaimPage.parse(body));
    const claimIds = new Set(claims.map((c) => c.id));
    for (const cluster of page.items) for (const id of cluster.claimIds) expect(claimIds.has(id)).toBe(true);
    const summary = h.derna.story.summary;
    const counted = Object.values(summary?.clustersByRelation ?? {}).reduce((a, b) => a + b, 0);
    expect(page.total).toBe(counted);
  });

  test("filters by claimId: exactly the clusters containing the claim", async () => {
    for (const claimId of all.slice(0, 10).flatMap((k) => k.claimIds.slice(0, 1))) {
      const page = await list(`claimId=${claimId}`);
      expect(page.total).toBe(all.filter((k) => k.claimIds.includes(claimId)).length);
      expect(page.items.every((k) => k.claimIds.includes(claimId))).toBe(true);
    }
    expect((await list("claimId=c_nonexistent")).total).toBe(0);
  });

  test.each([["relation=agrees"], ["relation="], ["claimId="], ["offset=x"]])("rejects ?%s", async (query) => {
    const res = await call(h.app, "GET", `/v1/clusters?${query}`);
    expect(res.status).toBe(400);
    expect(parseError(res).code).toBe("validation");
  });
});

describe("GET /v1/clusters/{id}", () => {
  test("resolves the cluster's claims in order, with the articles they come from", async () => {
    expect(all.some((k) => new Set(k.chains.map((c) => c.articleId)).size >= 2)).toBe(true);
    const sample = [...all].sort((a, b) => b.claimIds.length - a.claimIds.length).slice(0, 10);
    for (const cluster of sample) {
      const res = await call(h.app, "GET", `/v1/clusters/${cluster.id}`);
      expect(res.status).toBe(200);
      const detail = ClusterDetail.parse(res.body);
      expect(detail.cluster).toEqual(cluster);
      expect(detail.claims.map((c) => c.id)).toEqual(cluster.claimIds);
      expect(new Set(detail.articles.map((a) => a.id))).toEqual(new Set(detail.claims.map((c) => c.articleId)));
      for (const chain of cluster.chains) {
        expect(detail.articles.find((a) => a.id === chain.articleId)?.outlet ?? null).toBe(chain.outlet);
      }
    }
  });

  test("unknown id → 404", async () => {
    const res = await call(h.app, "GET", "/v1/clusters/k_nope");
    expect(res.status).toBe(404);
    expect(parseError(res).code).toBe("not_found");
  });
});
