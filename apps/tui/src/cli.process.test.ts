// The command as a user runs it: real processes through pnpm (tsx) and through the esbuild bundle.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { Analysis } from "@isnad/core";
import { afterEach, describe, expect, it } from "vitest";
import { QUAKE_DIR } from "#fixtures/quake.ts";
import { REPO_ROOT, type TempDir, tempDir } from "#testing/harness.ts";

const dirs: TempDir[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await d.cleanup();
});

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("isnad as a process", { timeout: 180_000 }, () => {
  it("`pnpm --silent isnad analyze seeds --json` prints one valid Analysis on stdout", () => {
    const { code, stdout, stderr } = run("pnpm", ["--silent", "isnad", "analyze", "seeds", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const analysis = Analysis.parse(JSON.parse(stdout));
    expect(analysis.articles.map((a) => a.source)).toEqual([
      "seeds/000_ce2723cacf12b4ed.txt",
      "seeds/001_dd4940f77e5a0af7.txt",
      "seeds/002_ffa1a175fea99e30.txt",
      "seeds/003_84c25274644ec9a6.txt",
      "seeds/004_a063f7a33093732b.txt",
    ]);
  });

  it("`pnpm --silent isnad` under CI=true prints the overview and exits instead of waiting for keys", async () => {
    const d = await tempDir();
    dirs.push(d);
    const db = join(d.path, "isnad.sqlite");
    const ingest = run("pnpm", ["--silent", "isnad", "ingest", QUAKE_DIR], { ISNAD_DB_FILE: db });
    expect(ingest.code).toBe(0);
    const overview = run("pnpm", ["--silent", "isnad"], { ISNAD_DB_FILE: db, CI: "true" });
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain("quake-fixture  زلزال الشمال");
  });

  it("`pnpm --silent isnad` in a real terminal opens the browser and quits on q", async () => {
    // util-linux `script` gives the command a pseudo-terminal, as a user's shell would; skipped where it is missing
    if (spawnSync("script", ["--version"]).status !== 0) {
      console.log("notice: `script` (util-linux) not found; the terminal test is skipped");
      return;
    }
    const d = await tempDir();
    dirs.push(d);
    const db = join(d.path, "isnad.sqlite");
    expect(run("pnpm", ["--silent", "isnad", "ingest", QUAKE_DIR], { ISNAD_DB_FILE: db }).code).toBe(0);
    const env: Record<string, string | undefined> = { ...process.env, ISNAD_DB_FILE: db, TERM: "xterm-256color" };
    delete env.CI;
    // type q once the browser has drawn its first screen, as a person would; give up after 90 s
    const result = await new Promise<{ status: number | null; screen: string }>((resolve) => {
      const child = spawn("script", ["-qec", "pnpm --silent isnad", "/dev/null"], { cwd: REPO_ROOT, env });
      let out = "";
      let typed = false;
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        if (!typed && out.includes("quit")) {
          typed = true;
          setTimeout(() => child.stdin.write("q"), 300);
        }
      });
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, screen: stripVTControlCharacters(out) });
      });
    });
    expect(result.screen).not.toContain("internal error");
    expect(result.screen).toContain("زلزال الشمال");
    expect(result.status).toBe(0);
  });

  it("usage errors exit non-zero with the usage on stderr", () => {
    const { code, stdout, stderr } = run("pnpm", ["--silent", "isnad", "analyze", "--nope"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("unknown option '--nope'");
  });

  it("the esbuild bundle runs under plain node", () => {
    const build = run("node", ["apps/tui/build.mjs"]);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    const { code, stdout } = run("node", ["apps/tui/dist/cli.js", "analyze", "seeds", "--json"]);
    expect(code).toBe(0);
    expect(Analysis.parse(JSON.parse(stdout)).articles).toHaveLength(5);
    expect(run("node", ["apps/tui/dist/cli.js", "--version"]).stdout).toBe("0.1.0\n");
  });
});
