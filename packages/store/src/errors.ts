// Database failures a caller can do nothing about but retry later (busy, unreachable, disk full, wrong file)
// become StoreError("unavailable"); anything else is a bug and propagates unchanged.
import { StoreError } from "#types.ts";

const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;
const NET_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
// PostgreSQL SQLSTATE classes/codes: 08 connection, 53 resources, 57P0x shutdown, 28 auth, 3D000 no such database
const PG_UNAVAILABLE = /^(08|53|57P0|28|3D000)/;

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? "");
  if (SQLITE_UNAVAILABLE.test(code) || NET_UNAVAILABLE.has(code) || PG_UNAVAILABLE.test(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(error.message);
}

/** Two ingests putting the same text into different stories at the same moment: the loser hits the article key. */
function isArticleClash(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  if (e.code === "23505" && e.constraint === "articles_pkey") return true;
  return String(e.code ?? "").startsWith("SQLITE_CONSTRAINT") && /articles\.id/.test(error.message);
}

export function mapDbError(error: unknown): never {
  if (error instanceof StoreError) throw error;
  if (isArticleClash(error)) {
    throw new StoreError(
      "conflict",
      "an article in this batch was just stored in another story; an article belongs to one story",
    );
  }
  if (isUnavailable(error)) {
    throw new StoreError("unavailable", `database unavailable: ${(error as Error).message}`);
  }
  throw error;
}
