import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@isnad/store";
import { describe, expect, test } from "vitest";
import { Health, IngestResponse } from "#openapi/schemas.ts";
import { startApiServer } from "#server.ts";
import { readFixtures, TOKEN } from "#testing/harness.ts";

describe("startApiServer", () => {
  test("serves the app over real HTTP on 127.0.0.1 (port 0 picks a free port) and closes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-api-server-"));
    const store = await openStore({ file: join(dir, "isnad.sqlite") });
    try {
      const server = await startApiServer({ store, token: TOKEN }, { host: "127.0.0.1", port: 0 });
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(Health.parse(await health.json()).store).toBe("sqlite");

      const ingest = await fetch(`${server.url}/v1/articles`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ articles: readFixtures() }),
      });
      expect(ingest.status).toBe(201);
      expect(IngestResponse.parse(await ingest.json()).inserted).toBe(3);

      await server.close();
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a port already in use is reported, not ignored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-api-server-"));
    const store = await openStore({ file: join(dir, "isnad.sqlite") });
    const first = await startApiServer({ store, token: null }, { port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startApiServer({ store, token: null }, { port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("running server.ts directly", () => {
  const serverFile = fileURLToPath(new URL("./server.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

  test("opens the store from the environment, prints its URL, serves, and stops on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-api-main-"));
    const child = spawn(tsx, [serverFile], {
      env: {
        ...process.env,
        ISNAD_DB_FILE: join(dir, "db.sqlite"),
        ISNAD_API_PORT: "0",
        DATABASE_URL: "",
        ISNAD_API_TOKEN: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      expect(output).toContain("ISNAD_API_TOKEN");
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("invalid configuration exits with status 2 and says what is wrong", async () => {
    const child = spawn(tsx, [serverFile], {
      env: { ...process.env, ISNAD_API_PORT: "eighty", ISNAD_API_TOKEN: "short" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("ISNAD_API_PORT");
    expect(stderr).toContain("ISNAD_API_TOKEN");
  });
});
