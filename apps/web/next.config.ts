// Next configuration for isnad's web site.
//
// Bundler: Turbopack (Next 16's default for `next build`). The workspace packages export TypeScript source and use
// Node subpath imports with explicit `.ts` extensions (`#schema/index.ts`); listing them in `transpilePackages`
// makes the bundler compile them like app code. better-sqlite3 (native addon) and pg stay external: they are
// loaded by Node at run time from node_modules, never bundled.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The browser test builds into its own folder (ISNAD_WEB_DIST_DIR=.next-e2e) so it never races a developer's
  // build or `next typegen` writing .next/types.
  distDir: process.env.ISNAD_WEB_DIST_DIR || ".next",
  transpilePackages: ["@isnad/core", "@isnad/store"],
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  // No image optimisation service, no remote assets: the site works fully offline.
  images: { unoptimized: true },
  // Type checking is the `typecheck` task (tsc --noEmit, per package, run by turbo). Next's build-time check would
  // re-check the workspace packages' sources under this app's settings and fail the site's build on another
  // package's type error, so the build skips it.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    // The store looks for the workspace root (pnpm-workspace.yaml) from the working directory at run time to place
    // its default SQLite file. Turbopack flags that as "dynamic filesystem access" for file tracing, which only
    // matters for `output: "standalone"` deployments (not used here).
    ignoreIssue: [{ path: "**/packages/store/src/open.ts", title: /Dynamic filesystem access/ }],
  },
};

export default nextConfig;
