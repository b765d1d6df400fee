import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import type { Article, Claim } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { ClusterDetail, IdParams } from "#openapi/schemas.ts";
import { found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/clusters/{id}",
  tags: ["clusters"],
  summary: "Get one cluster with its claims resolved",
  description: "The cluster, its claims side by side (in `claimIds` order) and the articles (outlets) they come from.",
  request: { params: IdParams("cluster id") },
  responses: {
    200: { description: "The cluster and its claims", content: { "application/json": { schema: ClusterDetail } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getCluster = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    const store = c.get("store");
    const cluster = found(await store.getCluster(id), "cluster", id);
    const claims = (await Promise.all(cluster.claimIds.map((claimId) => store.getClaim(claimId)))).filter(
      (claim): claim is Claim => claim !== null,
    );
    const articleIds = [...new Set(claims.map((claim) => claim.articleId))];
    const articles = (await Promise.all(articleIds.map((articleId) => store.getArticle(articleId))))
      .filter((article): article is Article => article !== null)
      .map(({ id, source, title, outlet, publishedAt, storyId }) => ({
        id,
        source,
        title,
        outlet,
        publishedAt,
        storyId,
      }));
    return c.json({ cluster, claims, articles }, 200);
  },
});
