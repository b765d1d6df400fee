// The interactive path of `isnad` through runCli and Ink's real render (not the testing library): a terminal-like
// stdout and a keyboard stream, a real store, and `q` to quit.
import { EventEmitter } from "node:events";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { wantsVisual } from "#commands/browse.ts";
import { QUAKE_DIR } from "#fixtures/quake.ts";
import { runCli } from "#run.ts";
import { cli, tempDir } from "#testing/harness.ts";
import { displayWidth } from "#text/runs.ts";

// Ink decides once, when it is first imported, whether it runs under CI (and then draws only its last frame).
// These tests drive the interactive renderer, so they run it as on a developer's terminal even when the suite
// itself runs under CI=true; what `isnad` does under CI (the static overview) is tested in run.test.ts.
const savedCi = vi.hoisted(() => {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  process.env.CI = "false";
  delete process.env.CONTINUOUS_INTEGRATION;
  return saved;
});
afterAll(() => {
  for (const [key, value] of Object.entries(savedCi)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

class FakeTerminal extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 30;
  output = "";
  write(chunk: string) {
    this.output += chunk;
    return true;
  }
}

class FakeKeyboard extends EventEmitter {
  isTTY = true;
  private pending: string | null = null;
  setRawMode() {
    return this;
  }
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    const data = this.pending;
    this.pending = null;
    return data;
  }
  type(data: string) {
    this.pending = data;
    this.emit("readable");
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("isnad (interactive)", () => {
  it("opens the browser on a terminal and quits with q", async () => {
    const d = await tempDir();
    try {
      const db = join(d.path, "isnad.sqlite");
      expect((await cli(["ingest", QUAKE_DIR, "--db", db])).code).toBe(0);
      const stdout = new FakeTerminal();
      const stderr = new FakeTerminal();
      const stdin = new FakeKeyboard();
      const done = runCli(["--db", db, "--story", "quake-fixture", "--visual"], {
        stdout,
        stderr,
        stdin: stdin as unknown as NodeJS.ReadStream,
        env: {},
      });
      const started = Date.now();
      while (!stripVTControlCharacters(stdout.output).includes("Articles 3") && Date.now() - started < 30_000) {
        await sleep(20);
      }
      stdin.type("q");
      const code = await done;
      expect(code).toBe(0);
      const screen = stripVTControlCharacters(stdout.output);
      // visual order: the story title in the breadcrumb is drawn right to left in joined forms
      expect(screen).toContain(
        "isnad › stories › \ufedd\ufe8e\ufee4\ufeb8\ufedf\ufe8d \ufedd\ufe8d\ufeb0\ufedf\ufeaf [visual order]",
      );
      expect(screen).toContain("q quit");
      expect(stderr.output).toBe("");
    } finally {
      await d.cleanup();
    }
  });

  it("fits a tiny terminal: nothing drawn wider than it, and navigation still works", async () => {
    const d = await tempDir();
    try {
      const db = join(d.path, "isnad.sqlite");
      expect((await cli(["ingest", QUAKE_DIR, "--db", db])).code).toBe(0);
      const stdout = new FakeTerminal();
      stdout.columns = 32;
      stdout.rows = 12;
      const stdin = new FakeKeyboard();
      const done = runCli(["--db", db], { stdout, stderr: new FakeTerminal(), stdin: stdin as never, env: {} });
      // Ink appends frames to the stream: look only at what was drawn since the last key.
      let mark = 0;
      const since = () => stripVTControlCharacters(stdout.output.slice(mark));
      const waitFor = async (text: string) => {
        const started = Date.now();
        while (!since().includes(text) && Date.now() - started < 30_000) await sleep(20);
        await sleep(50);
      };
      await waitFor("quake-fixture");
      for (const [key, expected] of [
        ["\r", "[Articles 3]"],
        ["\r", "claim 1/"],
        ["j", "claim 2/"],
        ["\t", "⏎ open"], // the reader's clusters pane; the key map shortened to fit ("open cluster" → "open")
        ["\u001B", "[Articles 3]"],
        ["\t", "[Clusters"],
      ] as const) {
        mark = stdout.output.length;
        stdin.type(key);
        await waitFor(expected);
        expect(since()).toContain(expected);
      }
      stdin.type("q");
      expect(await done).toBe(0);
      const lines = stripVTControlCharacters(stdout.output).split("\n");
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(32);
    } finally {
      await d.cleanup();
    }
  });

  it("refuses an unknown --story", async () => {
    const run = await cli(["--story", "nope"], { tty: true });
    expect(run).toMatchObject({ code: 1, stderr: "isnad: no story with id nope\n" });
  });
});

describe("wantsVisual", () => {
  const io = (env: Record<string, string>) => ({ stdout: { write() {} }, stderr: { write() {} }, env });
  it("follows --visual and ISNAD_BIDI=visual", () => {
    expect(wantsVisual(io({}), {})).toBe(false);
    expect(wantsVisual(io({}), { visual: true })).toBe(true);
    expect(wantsVisual(io({ ISNAD_BIDI: "visual" }), {})).toBe(true);
    expect(wantsVisual(io({ ISNAD_BIDI: "Visual" }), {})).toBe(true);
    expect(wantsVisual(io({ ISNAD_BIDI: "logical" }), {})).toBe(false);
  });
});
