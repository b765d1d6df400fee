// loadArticleFiles on the real seeds and on small folders built in a temp dir (removed afterwards).
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type LoadResult, loadArticleFiles, MAX_ARTICLE_BYTES } from "#load.ts";
import { workspaceRoot } from "#open.ts";
import { FLOOD_MINISTER, FLOOD_RESCUE, FLOOD_UN } from "../test/articles.ts";

const root = mkdtempSync(join(tmpdir(), "isnad-load-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SEEDS = join(workspaceRoot(), "seeds");
let n = 0;

/** A folder with the given files (string = UTF-8 text, Uint8Array = raw bytes). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `case${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function err(result: LoadResult) {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

// "الأمم المتحدة" in Windows-1256, the usual legacy Arabic encoding
const CP1256 = new Uint8Array([0xc7, 0xe1, 0xc3, 0xe3, 0xe3, 0x20, 0xc7, 0xe1, 0xe3, 0xca, 0xcd, 0xcf, 0xc9, 0x0a]);

describe("loadArticleFiles", () => {
  it("loads the seeds folder with its manifest: story, per-file metadata, sources joined to the path as given", async () => {
    const rel = relative(process.cwd(), SEEDS);
    const r = ok(await loadArticleFiles([rel]));
    expect(r.story).toEqual({
      id: "baghuz-2019-02",
      title: "الهجوم الأخير لقوات سوريا الديمقراطية على تنظيم الدولة في الباغوز",
      description: "SDF final offensive on ISIS in Baghuz, Feb 2019",
    });
    expect(r.inputs.map((i) => i.source)).toEqual([
      join(rel, "000_ce2723cacf12b4ed.txt"),
      join(rel, "001_dd4940f77e5a0af7.txt"),
      join(rel, "002_ffa1a175fea99e30.txt"),
      join(rel, "003_84c25274644ec9a6.txt"),
      join(rel, "004_a063f7a33093732b.txt"),
    ]);
    expect(r.inputs.map((i) => i.outlet)).toEqual([null, null, null, null, "العربي الجديد"]);
    expect(r.inputs.every((i) => i.language === "ar" && i.storyId === "baghuz-2019-02" && i.publishedAt === null)).toBe(
      true,
    );
    expect(r.inputs[0]?.text.startsWith("مدنيون فارون من القتال")).toBe(true);
    expect(r.skipped).toEqual([]);
    const withSlash = ok(await loadArticleFiles([`${rel}/`]));
    expect(withSlash.inputs[0]?.source).toBe(join(rel, "000_ce2723cacf12b4ed.txt"));
  });

  it("lets the caller choose the story id", async () => {
    const r = ok(await loadArticleFiles([SEEDS], { storyId: "my-story" }));
    expect(r.story.id).toBe("my-story");
    expect(r.inputs.every((i) => i.storyId === "my-story")).toBe(true);
  });

  it("loads a single file, taking its metadata from a manifest next to it", async () => {
    const file = join(SEEDS, "004_a063f7a33093732b.txt");
    const r = ok(await loadArticleFiles([file]));
    expect(r.inputs).toHaveLength(1);
    expect(r.inputs[0]).toMatchObject({
      source: file,
      outlet: "العربي الجديد",
      language: "ar",
      storyId: "baghuz-2019-02",
    });
    expect(r.story.id).toBe("baghuz-2019-02");
  });

  it("loads a folder without a manifest: .txt/.md/.text files sorted by name, others ignored, story 'default'", async () => {
    const dir = folder({
      "b.md": FLOOD_MINISTER.text,
      "a.txt": FLOOD_UN.text,
      "c.TEXT": FLOOD_RESCUE.text,
      "notes.json": "{}",
      "gold.json": "{}",
      ".hidden.txt": "مخفي",
      "sub/d.txt": "في مجلد فرعي",
    });
    const r = ok(await loadArticleFiles([dir]));
    expect(r.inputs.map((i) => i.source)).toEqual([join(dir, "a.txt"), join(dir, "b.md"), join(dir, "c.TEXT")]);
    expect(r.inputs[0]).toEqual({
      source: join(dir, "a.txt"),
      text: FLOOD_UN.text,
      outlet: null,
      publishedAt: null,
      language: null,
      storyId: "default",
    });
    expect(r.story.id).toBe("default");
    expect(r.story.title).toBe(`case${n}`);
  });

  it("combines several paths and drops a second copy of the same text", async () => {
    const dir = folder({ "a.txt": FLOOD_UN.text, "copy.txt": FLOOD_UN.text });
    const single = join(folder({ "x.txt": FLOOD_RESCUE.text }), "x.txt");
    const r = ok(await loadArticleFiles([dir, single], { storyId: "s" }));
    expect(r.inputs.map((i) => i.source)).toEqual([join(dir, "a.txt"), single]);
    expect(r.skipped).toEqual([{ path: join(dir, "copy.txt"), reason: `same text as ${join(dir, "a.txt")}` }]);
  });

  it("strips a byte-order mark", async () => {
    const dir = folder({ "bom.txt": `\uFEFF${FLOOD_UN.text}` });
    const r = ok(await loadArticleFiles([join(dir, "bom.txt")]));
    expect(r.inputs[0]?.text).toBe(FLOOD_UN.text);
  });

  it("rejects a non-UTF-8 file with a hint, and skips one inside a folder of good files", async () => {
    const dir = folder({ "legacy.txt": CP1256, "good.txt": FLOOD_UN.text });
    const e = err(await loadArticleFiles([join(dir, "legacy.txt")]));
    expect(e.code).toBe("not_utf8");
    expect(e.path).toBe(join(dir, "legacy.txt"));
    expect(e.message).toMatch(/Windows-1256/);
    const r = ok(await loadArticleFiles([dir]));
    expect(r.inputs.map((i) => i.source)).toEqual([join(dir, "good.txt")]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]?.path).toBe(join(dir, "legacy.txt"));
    expect(r.skipped[0]?.reason).toMatch(/UTF-8/);
    const binary = folder({ "image.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    expect(err(await loadArticleFiles([join(binary, "image.txt")])).code).toBe("not_utf8");
  });

  it("rejects an empty single file, and skips empty files next to good ones", async () => {
    const dir = folder({ "empty.txt": "", "blank.txt": " \n\t\r\n", "good.txt": FLOOD_UN.text });
    expect(err(await loadArticleFiles([join(dir, "empty.txt")])).code).toBe("empty");
    const blank = err(await loadArticleFiles([join(dir, "blank.txt")]));
    expect(blank.code).toBe("empty");
    expect(blank.message).toContain("blank.txt");
    const r = ok(await loadArticleFiles([dir]));
    expect(r.inputs).toHaveLength(1);
    expect(r.skipped.map((s) => s.path).sort()).toEqual([join(dir, "blank.txt"), join(dir, "empty.txt")]);
  });

  it("reports a missing path as not_found", async () => {
    const missing = join(root, "no-such-folder");
    const e = err(await loadArticleFiles([missing]));
    expect(e).toMatchObject({ code: "not_found", path: missing });
    expect(err(await loadArticleFiles([SEEDS, join(SEEDS, "nope.txt")])).code).toBe("not_found");
  });

  it("reports a folder with no usable articles as no_articles", async () => {
    expect(err(await loadArticleFiles([folder({ "data.csv": "a,b", "manifest.json": "{}" })])).code).toBe(
      "no_articles",
    );
    expect(err(await loadArticleFiles([folder({})])).code).toBe("no_articles");
    const allEmpty = err(await loadArticleFiles([folder({ "a.txt": "", "b.txt": "  " })]));
    expect(allEmpty.code).toBe("no_articles");
    expect(allEmpty.message).toMatch(/empty/);
    expect(err(await loadArticleFiles([])).code).toBe("no_articles");
  });

  it("reports a broken manifest as invalid_manifest", async () => {
    const bad = err(await loadArticleFiles([folder({ "manifest.json": "{ not json", "a.txt": FLOOD_UN.text })]));
    expect(bad.code).toBe("invalid_manifest");
    expect(bad.path).toMatch(/manifest\.json$/);
    const shape = err(
      await loadArticleFiles([
        folder({ "manifest.json": JSON.stringify({ articles: { file: "a.txt" } }), "a.txt": "x" }),
      ]),
    );
    expect(shape.code).toBe("invalid_manifest");
    expect(shape.message).toMatch(/articles/);
    const story = err(
      await loadArticleFiles([folder({ "manifest.json": JSON.stringify({ story: { id: "" } }), "a.txt": "x" })]),
    );
    expect(story.code).toBe("invalid_manifest");
  });

  it("uses a manifest's metadata, includes files it lists, and notes the ones that are missing", async () => {
    const manifest = {
      story: { id: "derna", title: "درنة" },
      articles: [
        { file: "un.txt", outlet: "وكالة", publishedAt: "2023-09-14", language: "ar" },
        { file: "page.html", outlet: "موقع" },
        { file: "gone.txt" },
      ],
    };
    const dir = folder({
      "manifest.json": JSON.stringify(manifest),
      "un.txt": FLOOD_UN.text,
      "page.html": FLOOD_RESCUE.text,
      // (notes beside the articles a manifest lists are no articles)
      "SOURCES.md": "# Sources\n- https://example.org/derna: the toll of 11,300",
    });
    const r = ok(await loadArticleFiles([dir]));
    expect(r.story).toEqual({ id: "derna", title: "درنة", description: null });
    expect(r.inputs.map((i) => [i.source, i.outlet, i.publishedAt])).toEqual([
      [join(dir, "page.html"), "موقع", null],
      [join(dir, "un.txt"), "وكالة", "2023-09-14"],
    ]);
    expect(r.skipped).toEqual([
      { path: join(dir, "SOURCES.md"), reason: "not listed in manifest.json" },
      { path: join(dir, "gone.txt"), reason: "listed in manifest.json but not found" },
    ]);
  });

  it("reports an unreadable file: no permission, not a regular file, too large", async () => {
    const dir = folder({ "big.txt": new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), "good.txt": FLOOD_UN.text });
    const big = err(await loadArticleFiles([join(dir, "big.txt")]));
    expect(big.code).toBe("unreadable");
    expect(big.message).toMatch(/larger than/);
    expect(ok(await loadArticleFiles([dir])).skipped.map((s) => s.path)).toEqual([join(dir, "big.txt")]);
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    expect(err(await loadArticleFiles([join(dir, "pipe.txt")])).code).toBe("unreadable");
    const dangling = folder({});
    symlinkSync(join(dangling, "missing-target.txt"), join(dangling, "link.txt"));
    expect(err(await loadArticleFiles([join(dangling, "link.txt")])).code).toBe("not_found");
    // root reads a file whatever its mode, so the permission case only runs as another user
    if (process.getuid?.() !== 0) {
      const locked = folder({ "locked.txt": FLOOD_UN.text });
      chmodSync(join(locked, "locked.txt"), 0o000);
      expect(err(await loadArticleFiles([join(locked, "locked.txt")])).code).toBe("unreadable");
    }
  });
});
