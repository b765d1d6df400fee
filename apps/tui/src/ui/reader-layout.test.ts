import { describe, expect, it } from "vitest";
import { quakeAnalysis } from "#fixtures/quake.ts";
import { displayWidth, lineText } from "#text/runs.ts";
import { layoutArticle, readingOrder, segments } from "#ui/reader-layout.ts";

const analysis = quakeAnalysis();
const sharq = analysis.articles[0]!;
const sharqClaims = analysis.claims.filter((c) => c.articleId === sharq.id);

describe("segments", () => {
  it("follows the blocks in text order and fills gaps as body", () => {
    const segs = segments(sharq);
    expect(segs.map((s) => s.role)).toEqual(["title", "caption", "credit", "body", "body", "related"]);
    const bare = segments({ ...sharq, blocks: [] });
    expect(bare).toEqual([{ start: 0, end: sharq.text.length, role: "body" }]);
  });
});

describe("layoutArticle", () => {
  it("sets captions, credits and related links apart under a label and indents them", () => {
    const { rows } = layoutArticle(sharq, sharqClaims, null, 60);
    const texts = rows.map((r) => lineText(r.runs));
    const caption = texts.indexOf("┄ caption");
    expect(caption).toBeGreaterThan(0);
    expect(texts[caption + 1]).toBe("  فرق الإنقاذ تبحث بين الأنقاض في بلدة الصفصافة");
    expect(texts).toContain("┄ credit");
    expect(texts).toContain("┄ related");
    expect(rows.find((r) => lineText(r.runs).includes("اقرأ أيضاً"))?.role).toBe("related");
  });

  it("marks the selected claim's rows and focuses on them", () => {
    const [first, second] = readingOrder(sharqClaims);
    const layout = layoutArticle(sharq, sharqClaims, second!.id, 40);
    expect(layout.focus).not.toBeNull();
    const focused = layout.rows.slice(layout.focus!.from, layout.focus!.to + 1);
    expect(focused.every((r) => r.mark === "selected")).toBe(true);
    expect(focused.map((r) => lineText(r.runs)).join(" ")).toContain("نحو 400 منزل");
    // the other claim is still marked as a claim
    const firstRows = layout.rows.filter((r) => lineText(r.runs).includes("قال المتحدث"));
    expect(firstRows[0]?.mark).toBe("claim");
    // the selected claim's figure carries its own tone
    const figureRun = focused.flatMap((r) => r.runs).find((run) => run.tone === "figure");
    expect(figureRun?.text).toBe("نحو 400 منزل");
    expect(first).toBeDefined();
  });

  it("keeps every row within the width and every paragraph right-to-left", () => {
    const { rows } = layoutArticle(sharq, sharqClaims, null, 30);
    for (const row of rows) expect(displayWidth(lineText(row.runs))).toBeLessThanOrEqual(30);
    expect(rows.filter((r) => r.role === "body" && r.runs.length > 0).every((r) => r.direction === "rtl")).toBe(true);
  });
});
