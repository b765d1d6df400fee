// vitest globalSetup: find a PostgreSQL for store.postgres.test.ts.
//   ISNAD_TEST_DATABASE_URL set → use it (the tests create and drop their own databases there);
//   else Debian's server binaries present → start a throwaway loopback cluster (scripts/pg-test-cluster.sh),
//     and stop it afterwards if this run started it;
//   else → provide null; the PostgreSQL suite is skipped with a one-line notice (also when ISNAD_TEST_POSTGRES=off).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { workspaceRoot } from "../src/open.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string | null;
    pgNotice: string;
  }
}

function serverBinaries(): boolean {
  try {
    return readdirSync("/usr/lib/postgresql").length > 0;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.ISNAD_TEST_POSTGRES === "off") {
    project.provide("pgUrl", null);
    project.provide("pgNotice", "PostgreSQL store tests skipped: ISNAD_TEST_POSTGRES=off");
    return undefined;
  }
  const given = process.env.ISNAD_TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide("pgUrl", given);
    project.provide("pgNotice", "");
    return undefined;
  }
  if (!serverBinaries()) {
    project.provide("pgUrl", null);
    project.provide(
      "pgNotice",
      "PostgreSQL store tests skipped: no ISNAD_TEST_DATABASE_URL and no /usr/lib/postgresql",
    );
    return undefined;
  }
  const script = join(workspaceRoot(), "scripts", "pg-test-cluster.sh");
  const port = Number(process.env.ISNAD_PG_PORT ?? 54329);
  // Several test runs may share the cluster: each registers itself; the last one out stops it, if a test run
  // (not someone else) started it.
  const users = join(tmpdir(), `isnad-pg-${port}.users`);
  const startedByTests = join(users, "started-by-tests");
  mkdirSync(users, { recursive: true });
  const me = join(users, String(process.pid));
  writeFileSync(me, "");
  if (!(await portOpen(port))) writeFileSync(startedByTests, "");
  let url: string;
  try {
    url = execFileSync("bash", [script, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (error) {
    rmSync(me, { force: true });
    project.provide("pgUrl", null);
    project.provide("pgNotice", `PostgreSQL store tests skipped: ${script} start failed: ${(error as Error).message}`);
    return undefined;
  }
  project.provide("pgUrl", url.split("\n").pop() ?? url);
  project.provide("pgNotice", "");
  return () => {
    rmSync(me, { force: true });
    const others = readdirSync(users).filter((f) => /^\d+$/.test(f) && alive(Number(f)));
    if (others.length === 0 && existsSync(startedByTests)) {
      rmSync(startedByTests, { force: true });
      execFileSync("bash", [script, "stop"], { stdio: "ignore" });
    }
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
