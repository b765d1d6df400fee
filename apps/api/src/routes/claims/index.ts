import { getClaim } from "#routes/claims/get.ts";
import { listClaims } from "#routes/claims/list.ts";

export const claimRoutes = [listClaims, getClaim] as const;
