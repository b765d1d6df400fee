import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Analysis, analyze, contentId } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { AnalyzeRequest } from "#openapi/schemas.ts";
import { bodyErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "post",
  path: "/v1/analyze",
  tags: ["analysis"],
  summary: "Analyse posted articles without storing them",
  description:
    "Runs the whole pipeline (structure → claims → entities → clusters, and a story summary when `story` is given) " +
    "on the posted texts and returns the Analysis. Nothing is stored; no token needed. An identical text posted " +
    "twice is analysed once (its first entry is kept), as the store does: ids are content hashes.",
  request: { body: { required: true, content: { "application/json": { schema: AnalyzeRequest } } } },
  responses: {
    200: { description: "The analysis", content: { "application/json": { schema: Analysis } } },
    ...bodyErrors,
  },
});

export const analyzeArticles = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: (c) => {
    const { articles, story } = c.req.valid("json");
    const seen = new Set<string>();
    const unique = articles.filter((article) => {
      const id = contentId(article.text);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    return c.json(analyze(unique, story ? { story } : {}), 200);
  },
});
