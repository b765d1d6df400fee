// @isnad/store — isnad's persistence: one repository API (IsnadStore) over SQLite (default) and PostgreSQL,
// and the article-file loader (the I/O side of ingest).
export { type LoadError, type LoadErrorCode, type LoadOptions, type LoadResult, loadArticleFiles } from "#load.ts";
export { defaultSqliteFile, type OpenStoreOptions, openStore, openStoreFromEnv, workspaceRoot } from "#open.ts";
export { DEFAULT_LIMIT, KyselyStore, MAX_LIMIT } from "#store.ts";
export * from "#types.ts";
