import { getEntity } from "#routes/entities/get.ts";
import { listEntities } from "#routes/entities/list.ts";

export const entityRoutes = [listEntities, getEntity] as const;
