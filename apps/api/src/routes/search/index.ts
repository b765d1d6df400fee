import { search } from "#routes/search/search.ts";

export const searchRoutes = [search] as const;
