// `pnpm score`: analyse seeds/ with the isnad command and score the result against seeds/gold.json using the
// shared gold scorer (../shared/gold/score.mjs beside the checkout). Prints the scores; exits 1 when it cannot.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = resolve(root, "../shared/gold/score.mjs");
if (!existsSync(scorer)) {
  console.error(`score: ${scorer} not found (the shared gold scorer lives beside the checkout)`);
  process.exit(1);
}
const analysis = spawnSync("pnpm", ["--silent", "isnad", "analyze", "seeds", "--json"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (analysis.status !== 0) {
  console.error(`score: isnad analyze failed\n${analysis.stderr}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "isnad-score-"));
try {
  const file = join(dir, "analysis.json");
  writeFileSync(file, analysis.stdout);
  const scored = spawnSync(process.execPath, [scorer, join(root, "seeds/gold.json"), file, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exitCode = scored.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
