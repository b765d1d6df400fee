// The store contract on PostgreSQL: every test gets its own database (created here, dropped afterwards) on the
// server found by test/pg-global-setup.ts. Skipped, with a notice, when no PostgreSQL is available.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openStore, openStoreFromEnv } from "#open.ts";
import { runStoreSuite } from "#store.contract.ts";
import { StoreError } from "#types.ts";
import { FLOOD_STORY, FLOOD_UN } from "../test/articles.ts";

const baseUrl = inject("pgUrl");
const run = `${process.pid.toString(36)}_${Date.now().toString(36)}`;
let n = 0;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl! });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

if (!baseUrl) {
  // No server to test against (see test/pg-global-setup.ts); say so once instead of failing.
  console.warn(inject("pgNotice"));
  describe.skip("IsnadStore on PostgreSQL (no server available)", () => {
    it("needs ISNAD_TEST_DATABASE_URL or Debian's postgresql package", () => {});
  });
} else {
  const created: string[] = [];
  afterAll(async () => {
    // Databases of tests that failed before their own cleanup.
    await admin(async (c) => {
      for (const db of created) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    });
  });

  runStoreSuite("PostgreSQL", {
    async create() {
      const database = `isnad_t_${run}_${++n}`;
      await admin((c) => c.query(`CREATE DATABASE "${database}"`));
      created.push(database);
      const url = withDatabase(baseUrl, database);
      const store = await openStore({ url });
      const opened = [store];
      return {
        store,
        async reopen() {
          const again = await openStore({ url });
          opened.push(again);
          return again;
        },
        async destroy() {
          for (const s of opened) await s.close().catch(() => {});
          await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
          created.splice(created.indexOf(database), 1);
        },
      };
    },
  });

  describe("opening PostgreSQL", () => {
    it("reports an unreachable server as unavailable, without the password", async () => {
      const e = await openStore({ url: "postgres://isnad:secret@127.0.0.1:1/nowhere" }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(StoreError);
      expect((e as StoreError).code).toBe("unavailable");
      expect((e as StoreError).message).not.toContain("secret");
    });

    it("is chosen by DATABASE_URL", async () => {
      const database = `isnad_t_${run}_env`;
      await admin((c) => c.query(`CREATE DATABASE "${database}"`));
      created.push(database);
      const url = withDatabase(baseUrl, database);
      const store = await openStoreFromEnv({ DATABASE_URL: url, ISNAD_DB_FILE: "/nonexistent/ignored.sqlite" });
      expect(store.dialect).toBe("postgres");
      await store.close();
    });

    it("migrates a database once even when several stores open it at the same time", async () => {
      const database = `isnad_t_${run}_race`;
      await admin((c) => c.query(`CREATE DATABASE "${database}"`));
      created.push(database);
      const url = withDatabase(baseUrl, database);
      const stores = await Promise.all([openStore({ url }), openStore({ url }), openStore({ url })]);
      try {
        expect((await stores[0]!.ingest(FLOOD_STORY, [FLOOD_UN])).inserted).toBe(1);
        expect((await stores[2]!.getStory(FLOOD_STORY.id))?.articleCount).toBe(1);
      } finally {
        for (const s of stores) await s.close();
      }
    });
  });
}
