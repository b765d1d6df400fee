// The store contract on SQLite (a temp file per test, removed afterwards), plus SQLite-only behaviour.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultSqliteFile, openStore, openStoreFromEnv, workspaceRoot } from "#open.ts";
import { runStoreSuite } from "#store.contract.ts";
import { StoreError } from "#types.ts";
import { FLOOD_STORY, FLOOD_UN } from "../test/articles.ts";

const root = mkdtempSync(join(tmpdir(), "isnad-store-"));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

runStoreSuite("SQLite", {
  async create() {
    const file = join(root, `t${++n}`, "isnad.sqlite");
    const store = await openStore({ file });
    const opened = [store];
    return {
      store,
      async reopen() {
        const again = await openStore({ file });
        opened.push(again);
        return again;
      },
      async destroy() {
        for (const s of opened) await s.close().catch(() => {});
        rmSync(join(file, ".."), { recursive: true, force: true });
      },
    };
  },
});

describe("opening SQLite", () => {
  it("creates the folder on first use, in WAL mode, and keeps data across reopen", async () => {
    const file = join(root, "fresh", "nested", "isnad.sqlite");
    const store = await openStore({ file });
    expect(store.dialect).toBe("sqlite");
    expect(existsSync(file)).toBe(true);
    const { rows } = await (await import("kysely")).sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(
      store.db,
    );
    expect(rows[0]?.journal_mode).toBe("wal");
    await store.ingest(FLOOD_STORY, [FLOOD_UN]);
    await store.close();
    const again = await openStore({ file });
    expect((await again.getStory(FLOOD_STORY.id))?.articleCount).toBe(1);
    await again.close();
  });

  it("lets several connections open a fresh file at once (they race for the migrations)", async () => {
    const file = join(root, "race", "isnad.sqlite");
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore({ file })));
    expect((await stores[3]!.ingest(FLOOD_STORY, [FLOOD_UN])).inserted).toBe(1);
    expect((await stores[0]!.getStory(FLOOD_STORY.id))?.articleCount).toBe(1);
    for (const s of stores) await s.close();
  });

  it("works in memory", async () => {
    const store = await openStore({ file: ":memory:" });
    expect((await store.ingest(FLOOD_STORY, [FLOOD_UN])).inserted).toBe(1);
    await store.close();
  });

  it("reports a path it cannot use as unavailable, and a URL it does not know as invalid", async () => {
    const blocker = join(root, "blocker");
    writeFileSync(blocker, "not a folder");
    const e1 = await openStore({ file: join(blocker, "isnad.sqlite") }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(StoreError);
    expect((e1 as StoreError).code).toBe("unavailable");
    const e2 = await openStore({ file: root }).catch((e: unknown) => e);
    expect((e2 as StoreError).code).toBe("unavailable");
    const notDb = join(root, "not-a-db.sqlite");
    writeFileSync(notDb, "this is plain text, not a SQLite database file ".repeat(20));
    const e3 = await openStore({ file: notDb }).catch((e: unknown) => e);
    expect((e3 as StoreError).code).toBe("unavailable");
    const e4 = await openStore({ url: "mysql://localhost/isnad" }).catch((e: unknown) => e);
    expect((e4 as StoreError).code).toBe("invalid_input");
  });

  it("reports a database held by another writer as unavailable, then writes once it is free", async () => {
    const file = join(root, "busy", "isnad.sqlite");
    const holder = await openStore({ file });
    const waiter = await openStore({ file, busyTimeoutMs: 50 });
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const tx = holder.db.transaction().execute(async (trx) => {
      await trx.insertInto("store_meta").values({ key: "held", value: "by the test" }).execute();
      locked();
      await held;
    });
    await isLocked;
    try {
      const e = await waiter.ingest(FLOOD_STORY, [FLOOD_UN]).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).code).toBe("unavailable");
      // reads still work while another process writes (WAL)
      expect((await waiter.listStories()).total).toBe(0);
    } finally {
      release();
      await tx;
    }
    expect((await waiter.ingest(FLOOD_STORY, [FLOOD_UN])).inserted).toBe(1);
    await holder.close();
    await waiter.close();
  });

  it("chooses the database from the environment", async () => {
    const file = join(root, "env", "db.sqlite");
    const store = await openStoreFromEnv({ ISNAD_DB_FILE: file, DATABASE_URL: "" });
    expect(store.dialect).toBe("sqlite");
    expect(existsSync(file)).toBe(true);
    await store.close();
    const viaUrl = await openStoreFromEnv({ DATABASE_URL: `sqlite:${join(root, "env", "url.sqlite")}` });
    expect(existsSync(join(root, "env", "url.sqlite"))).toBe(true);
    await viaUrl.close();
  });

  it("defaults to .data/isnad.sqlite at the workspace root", () => {
    const ws = workspaceRoot();
    expect(existsSync(join(ws, "pnpm-workspace.yaml"))).toBe(true);
    expect(defaultSqliteFile()).toBe(join(ws, ".data", "isnad.sqlite"));
    expect(defaultSqliteFile(join(ws, "packages", "store", "src"))).toBe(join(ws, ".data", "isnad.sqlite"));
    expect(workspaceRoot("/")).toBe("/");
  });
});
