// `pnpm score [name…] [--full]`: analyse every story that has a gold reference (seeds/ and evals/stories/*/) with
// the isnad command and score it with the shared gold scorer (../shared/gold/score.mjs beside the checkout).
// Prints one row per story and the mean over the held-out stories; `--full` prints every measure of each story.
// Exits 1 when the scorer is missing or an analysis fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = resolve(root, "../shared/gold/score.mjs");
if (!existsSync(scorer)) {
  console.error(`score: ${scorer} not found (the shared gold scorer lives beside the checkout)`);
  process.exit(1);
}
const args = process.argv.slice(2);
const full = args.includes("--full");
const wanted = args.filter((a) => !a.startsWith("--"));

const evalRoot = join(root, "evals/stories");
const stories = [
  { name: "seeds", dir: join(root, "seeds"), heldOut: false },
  ...(existsSync(evalRoot) ? readdirSync(evalRoot).sort() : [])
    .map((name) => ({ name, dir: join(evalRoot, name), heldOut: true }))
    .filter((s) => existsSync(join(s.dir, "gold.json"))),
].filter((s) => wanted.length === 0 || wanted.includes(s.name));

const columns = [
  ["claimRecall", "claims R"],
  ["speakerAccuracyAttributed", "speaker"],
  ["falseAttributedClaims", "false att."],
  ["boilerplateClaims", "boilerpl."],
  ["figureRecall", "figures R"],
  ["linkPrecision", "link P"],
  ["linkRecall", "link R"],
  ["linkF1", "link F1"],
  ["conflictsFound", "conflicts"],
  ["falseConflicts", "false conf."],
];

const dir = mkdtempSync(join(tmpdir(), "isnad-score-"));
const rows = [];
try {
  for (const story of stories) {
    const analysis = spawnSync("pnpm", ["--silent", "isnad", "analyze", relative(root, story.dir), "--json"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (analysis.status !== 0) {
      console.error(`score: isnad analyze ${story.name} failed\n${analysis.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const file = join(dir, `${story.name}.json`);
    writeFileSync(file, analysis.stdout);
    const scored = spawnSync(process.execPath, [scorer, join(story.dir, "gold.json"), file, "--json"], {
      encoding: "utf8",
    });
    if (scored.status !== 0) {
      console.error(`score: scoring ${story.name} failed\n${scored.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const result = JSON.parse(scored.stdout);
    rows.push({ story, result });
    if (full) {
      console.log(`\n${story.name}`);
      for (const [k, v] of Object.entries(result)) console.log(`  ${k.padEnd(28)} ${v}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const cell = (v) => (typeof v === "number" ? String(Math.round(v * 1000) / 1000) : String(v ?? "-"));
const width = Math.max(8, ...rows.map((r) => r.story.name.length));
console.log(`\n${"story".padEnd(width)}  ${columns.map(([, h]) => h.padStart(12)).join("")}`);
for (const { story, result } of rows) {
  console.log(
    `${(story.heldOut ? story.name : `${story.name} (dev)`).padEnd(width)}  ${columns.map(([k]) => cell(result[k]).padStart(12)).join("")}`,
  );
}
const held = rows.filter((r) => r.story.heldOut);
if (held.length > 1) {
  const mean = (k) => held.reduce((s, r) => s + (Number(r.result[k]) || 0), 0) / held.length;
  console.log(
    `${"held-out mean".padEnd(width)}  ${columns.map(([k]) => (typeof held[0].result[k] === "number" ? cell(mean(k)) : "").padStart(12)).join("")}`,
  );
}
