// Shared by every package's vitest.config.ts: when ISNAD_TEST_REPORT_DIR is set (CI does),
// each package also writes a JSON report there so .ci/run can sum passed/failed tests across the monorepo.
import { join } from "node:path";

type ReporterSpec = string | [string, Record<string, unknown>];

export function reporters(pkg: string): ReporterSpec[] {
  const dir = process.env.ISNAD_TEST_REPORT_DIR;
  const base: ReporterSpec[] = ["default"];
  return dir ? [...base, ["json", { outputFile: join(dir, `${pkg}.json`) }]] : base;
}
