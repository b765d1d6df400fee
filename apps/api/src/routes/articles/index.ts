import { getArticle } from "#routes/articles/get.ts";
import { ingestArticles } from "#routes/articles/ingest.ts";
import { listArticles } from "#routes/articles/list.ts";

export const articleRoutes = [listArticles, getArticle, ingestArticles] as const;
