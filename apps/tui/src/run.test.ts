// The whole CLI in-process (runCli with captured streams) against real files and real temporary SQLite stores.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Analysis } from "@isnad/core";
import { openStore } from "@isnad/store";
import { afterEach, describe, expect, it } from "vitest";
import { QUAKE_DIR } from "#fixtures/quake.ts";
import { cli, REPO_ROOT, SEEDS_DIR, type TempDir, tempDir } from "#testing/harness.ts";

const dirs: TempDir[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await d.cleanup();
});
async function scratch(): Promise<TempDir> {
  const d = await tempDir();
  dirs.push(d);
  return d;
}

async function storedStories(db: string) {
  const store = await openStore({ file: db });
  try {
    return (await store.listStories()).items;
  } finally {
    await store.close();
  }
}

describe("usage", () => {
  it("prints help and version on stdout with exit 0", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: isnad [options] [command]");
    for (const command of ["ingest", "analyze", "search", "stories", "browse"]) expect(help.stdout).toContain(command);
    expect(help.stdout).toContain("ISNAD_BIDI");
    const version = await cli(["--version"]);
    expect(version).toMatchObject({ code: 0, stdout: "0.1.0\n" });
    const sub = await cli(["analyze", "--help"]);
    expect(sub.stdout).toContain("Usage: isnad analyze [options] <paths...>");
  });

  it.each([
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["analyse", "seeds"], "unknown command 'analyse'"],
    [["analyze"], "missing required argument 'paths'"],
    [["ingest"], "missing required argument 'paths'"],
    [["search"], "missing required argument 'query'"],
    [["analyze", "seeds", "--bogus"], "unknown option '--bogus'"],
    [["search", "x", "--limit", "0"], "expected a whole number from 1 to 500"],
    [["stories", "extra"], "too many arguments"],
  ])("rejects %j with a usage message on stderr and exit 2", async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Usage: isnad");
    expect(run.stdout).toBe("");
  });
});

describe("analyze", () => {
  it("--json prints exactly one Analysis document on stdout and nothing else", async () => {
    const run = await cli(["analyze", SEEDS_DIR, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.endsWith("}\n")).toBe(true);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    const analysis = Analysis.parse(JSON.parse(run.stdout));
    expect(analysis.articles).toHaveLength(5);
    expect(analysis.story?.id).toBe("baghuz-2019-02");
    for (const claim of analysis.claims) {
      const article = analysis.articles.find((a) => a.id === claim.articleId)!;
      expect(claim.text).toBe(article.text.slice(claim.start, claim.end));
    }
    const pretty = await cli(["analyze", SEEDS_DIR, "--json", "--pretty", "--story", "mine"]);
    expect(Analysis.parse(JSON.parse(pretty.stdout)).story?.id).toBe("mine");
    expect(pretty.stdout.split("\n").length).toBeGreaterThan(100);
  });

  it("without --json prints a readable summary and stores nothing", async () => {
    const d = await scratch();
    const run = await cli(["analyze", QUAKE_DIR], { env: { ISNAD_DB_FILE: join(d.path, "db.sqlite") } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("story quake-fixture: زلزال الشمال");
    expect(run.stdout).toMatch(/^3 articles, \d+ claims? \(\d+ attributed\)/mu);
    expect(run.stdout).toContain("الشرق اليوم");
    expect(run.stdout).toMatch(/clusters: conflicts \d+, corroborates \d+, compatible \d+, single-source \d+/u);
    expect(await scratchIsEmpty(d)).toBe(true);
  });
});

async function scratchIsEmpty(d: TempDir): Promise<boolean> {
  const { readdir } = await import("node:fs/promises");
  return (await readdir(d.path)).length === 0;
}

describe("ingest", () => {
  it("stores a folder once: re-ingesting the same texts adds nothing", async () => {
    const d = await scratch();
    const db = join(d.path, "isnad.sqlite");
    const first = await cli(["ingest", QUAKE_DIR, "--db", db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("story quake-fixture: زلزال الشمال");
    expect(first.stdout).toMatch(/3 articles given, 3 new; the story now has 3 articles, \d+ claims?, \d+ clusters?/u);
    const again = await cli(["ingest", QUAKE_DIR], { env: { ISNAD_DB_FILE: db } });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("3 articles given, 0 new; the story now has 3 articles");
    const stories = await storedStories(db);
    expect(stories.map((s) => [s.id, s.articleCount])).toEqual([["quake-fixture", 3]]);
  });

  it("takes the story id from --story and single files", async () => {
    const d = await scratch();
    const db = join(d.path, "isnad.sqlite");
    const run = await cli(["ingest", join(QUAKE_DIR, "02-sawt.txt"), "--story", "one-file", "--db", db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 article given, 1 new");
    expect((await storedStories(db)).map((s) => s.id)).toEqual(["one-file"]);
  });

  describe("bad input: one clear line on stderr, exit 1, nothing stored", () => {
    async function expectRejected(paths: string[], message: RegExp) {
      const d = await scratch();
      const db = join(d.path, "store", "isnad.sqlite");
      const run = await cli(["ingest", ...paths, "--db", db]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^isnad: /u);
      expect(run.stderr).toMatch(message);
      // the store was never even created
      expect(await scratchIsEmpty(d)).toBe(true);
      const analyze = await cli(["analyze", ...paths, "--json"]);
      expect(analyze).toMatchObject({ code: 1, stdout: "" });
    }

    it("a missing path", async () => {
      const d = await scratch();
      await expectRejected([join(d.path, "nope.txt")], /nope\.txt: no such file or directory/u);
    });

    it("a file that is not UTF-8 (Windows-1256 Arabic)", async () => {
      const d = await scratch();
      const file = join(d.path, "cp1256.txt");
      // "قال المتحدث" in Windows-1256
      await writeFile(file, Buffer.from([0xe3, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xe3, 0xca, 0xcd, 0xcf, 0xcb]));
      await expectRejected([file], /cp1256\.txt: not valid UTF-8/u);
    });

    it("an empty file", async () => {
      const d = await scratch();
      const file = join(d.path, "empty.txt");
      await writeFile(file, "  \n\n");
      await expectRejected([file], /empty\.txt: the file is empty/u);
    });

    it("a directory with no articles", async () => {
      const d = await scratch();
      const folder = join(d.path, "photos");
      await mkdir(folder);
      await writeFile(join(folder, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff]));
      await expectRejected([folder], /no article files \(\*\.txt, \*\.md, \*\.text\) in .*photos/u);
    });
  });

  it("skips unusable files in a folder with a note on stderr and stores the rest", async () => {
    const d = await scratch();
    const folder = join(d.path, "mixed");
    await mkdir(folder);
    await writeFile(join(folder, "a.txt"), "قال المتحدث باسم البلدية إن المياه عادت إلى 12 حياً.\n");
    await writeFile(join(folder, "b.txt"), "");
    const db = join(d.path, "isnad.sqlite");
    const run = await cli(["ingest", folder, "--db", db, "--story", "mixed"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^isnad: note: skipped .*b\.txt: the file is empty/mu);
    expect(run.stdout).toContain("1 article given, 1 new");
  });

  it("reports an unusable database as one line", async () => {
    const run = await cli(["ingest", QUAKE_DIR], { env: { DATABASE_URL: "mysql://localhost/isnad" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^isnad: unsupported database URL/u);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("search, stories and the no-terminal overview", () => {
  async function seeded(): Promise<string> {
    const d = await scratch();
    const db = join(d.path, "isnad.sqlite");
    expect((await cli(["ingest", QUAKE_DIR, "--db", db])).code).toBe(0);
    expect((await cli(["ingest", SEEDS_DIR, "--db", db])).code).toBe(0);
    return db;
  }

  it("searches the store, as text and as JSON, optionally within a story", async () => {
    const db = await seeded();
    const run = await cli(["search", "الحلبي", "--db", db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ hits? for “الحلبي”/u);
    expect(run.stdout).toContain("الحلبي");
    expect(run.stdout).toMatch(/^ {8}in (الشرق اليوم|صوت المدينة|المرصد الإخباري) · /mu);
    const json = await cli([
      "search",
      "قوات",
      "سوريا",
      "--json",
      "--limit",
      "3",
      "--story",
      "baghuz-2019-02",
      "--db",
      db,
    ]);
    const page = JSON.parse(json.stdout) as { items: { articleId: string }[]; total: number; limit: number };
    expect(page.limit).toBe(3);
    expect(page.items.length).toBeLessThanOrEqual(3);
    expect(page.total).toBeGreaterThan(0);
    const missing = await cli(["search", "x", "--story", "nope", "--db", db]);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toBe("isnad: no story with id nope\n");
  });

  it("`isnad` without a terminal prints the static overview instead of waiting for keys", async () => {
    const db = await seeded();
    const piped = await cli(["--db", db]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain("2 stories");
    expect(piped.stdout).toMatch(/^quake-fixture {2}زلزال الشمال$/mu);
    expect(piped.stdout).toMatch(/^ {2}3 articles · \d+ claims · clusters: conflicts \d+/mu);
    expect(piped.stdout).toContain("baghuz-2019-02");
    // a terminal, but CI=true: Ink would not draw frames, so the overview again
    const ci = await cli(["--db", db], { tty: true, env: { CI: "true" } });
    expect(ci).toMatchObject({ code: 0, stdout: piped.stdout });
    const dumb = await cli(["--db", db], { tty: true, env: { TERM: "dumb" } });
    expect(dumb.stdout).toBe(piped.stdout);
    const one = await cli(["--db", db, "--story", "quake-fixture"]);
    expect(one.stdout).toContain("1 story\nquake-fixture  زلزال الشمال\n");
    expect(one.stdout).not.toContain("baghuz-2019-02");
    const stories = await cli(["stories", "--json", "--db", db]);
    expect((JSON.parse(stories.stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual([
      "baghuz-2019-02",
      "quake-fixture",
    ]);
  });

  it("says how to load articles when the store is empty", async () => {
    const d = await scratch();
    const run = await cli(["--db", join(d.path, "empty.sqlite")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No stories in the store yet. Load some with: isnad ingest");
  });

  it("`isnad browse <paths>` without a terminal prints the in-memory overview and stores nothing", async () => {
    const d = await scratch();
    const run = await cli(["browse", QUAKE_DIR], { env: { ISNAD_DB_FILE: join(d.path, "db.sqlite") } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("quake-fixture  زلزال الشمال");
    expect(run.stdout).toContain("3 articles");
    expect(await scratchIsEmpty(d)).toBe(true);
  });
});

describe("paths under `pnpm isnad`", () => {
  it("reads relative paths from the directory the command was typed in (INIT_CWD)", async () => {
    const viaPnpm = { npm_lifecycle_event: "isnad", INIT_CWD: join(REPO_ROOT, "seeds") };
    const run = await cli(["analyze", "004_a063f7a33093732b.txt", "--json"], { env: viaPnpm });
    expect(run.code).toBe(0);
    const analysis = Analysis.parse(JSON.parse(run.stdout));
    expect(analysis.articles.map((a) => a.source)).toEqual([join(REPO_ROOT, "seeds", "004_a063f7a33093732b.txt")]);
    // outside pnpm, INIT_CWD means nothing: paths are relative to the process's directory
    const direct = await cli(["analyze", "004_a063f7a33093732b.txt", "--json"], { env: { INIT_CWD: "/" } });
    expect(direct.code).toBe(1);
    expect(direct.stderr).toContain("004_a063f7a33093732b.txt: no such file or directory");
  });
});
