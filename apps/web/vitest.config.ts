import { defineConfig } from "vitest/config";
import { reporters } from "../../vitest.reporters.ts";

// The browser test builds and starts the site: generous, bounded timeouts for the hooks.
export default defineConfig({
  test: {
    reporters: reporters("web"),
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
