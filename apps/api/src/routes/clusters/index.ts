import { getCluster } from "#routes/clusters/get.ts";
import { listClusters } from "#routes/clusters/list.ts";

export const clusterRoutes = [listClusters, getCluster] as const;
