import { defineConfig } from "vitest/config";
import { reporters } from "../../vitest.reporters.ts";

// The browser test builds and starts the site: generous, bounded timeouts for the hooks.
export default defineConfig({
  // tsconfig keeps JSX for Next ("preserve"); tests compile it with React's automatic runtime.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    reporters: reporters("web"),
    include: ["lib/**/*.test.ts", "app/**/*.test.tsx", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 420_000,
  },
});
