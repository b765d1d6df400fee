import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Cluster, Relation } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { aliasParam, filterParam, Page, PageQuery } from "#openapi/schemas.ts";
import { readErrors } from "#routes/shared.ts";

export const ClusterPage = Page("ClusterPage", Cluster);

const route = createRoute({
  method: "get",
  path: "/v1/clusters",
  tags: ["clusters"],
  summary: "List claim clusters",
  description:
    "Groups of claims about the same thing across articles, labelled corroborates / conflicts / compatible / " +
    "single-source, with the evidence and the chains of transmission. Filters combine (AND).",
  request: {
    query: PageQuery.extend({
      storyId: filterParam("storyId", "only clusters of this story"),
      relation: Relation.optional().openapi({
        param: { name: "relation", in: "query" },
        description: "only clusters with this relation",
      }),
      claimId: filterParam("claimId", "only clusters containing this claim"),
      story: aliasParam("story", "storyId"),
      claim: aliasParam("claim", "claimId"),
    }),
  },
  responses: {
    200: { description: "A page of clusters", content: { "application/json": { schema: ClusterPage } } },
    ...readErrors,
  },
});

export const listClusters = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { story, claim, ...query } = c.req.valid("query");
    const page = await c
      .get("store")
      .listClusters({ ...query, storyId: query.storyId ?? story, claimId: query.claimId ?? claim });
    return c.json(page, 200);
  },
});
