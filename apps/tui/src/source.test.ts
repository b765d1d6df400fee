import { describe, expect, it } from "vitest";
import { QUAKE_STORY, quakeAnalysis } from "#fixtures/quake.ts";
import { analysisSource, listAll } from "#source.ts";

const source = analysisSource(quakeAnalysis(), QUAKE_STORY);

describe("analysisSource", () => {
  it("serves the analysis as one story with paging", async () => {
    const stories = await source.listStories();
    expect(stories.items.map((s) => s.id)).toEqual([QUAKE_STORY.id]);
    expect(stories.items[0]?.articleCount).toBe(3);
    const page = await source.listClaims({ limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 6, limit: 2, offset: 1 });
    expect(page.items).toHaveLength(2);
    expect(await listAll((p) => source.listClaims(p))).toHaveLength(6);
    expect(await source.listArticles({ storyId: "other" })).toMatchObject({ total: 0 });
  });

  it("filters claims and clusters", async () => {
    expect((await source.listClaims({ speaker: "الحلبي" })).total).toBe(4);
    expect((await source.listClusters({ relation: "conflicts" })).items.map((c) => c.id)).toEqual(["k_toll_conflict"]);
    expect((await source.listClusters({ claimId: "c_sharq_toll" })).total).toBe(2);
    expect(await source.getCluster("nope")).toBeNull();
  });

  it("searches with Arabic letter variants folded", async () => {
    // أعلنت written without the hamza, الزلزال with a different ta/ha ending elsewhere
    const hits = await source.search("اعلنت وزاره الصحه");
    expect(hits.items.map((h) => h.id)).toContain("c_sawt_toll");
    expect(hits.items[0]?.type).toBe("claim");
    expect((await source.search("   ")).total).toBe(0);
  });
});
