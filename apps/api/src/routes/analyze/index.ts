import { analyzeArticles } from "#routes/analyze/analyze.ts";

export const analyzeRoutes = [analyzeArticles] as const;
