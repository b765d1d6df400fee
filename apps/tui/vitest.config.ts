import { defineConfig } from "vitest/config";
import { reporters } from "../../vitest.reporters.ts";

export default defineConfig({ test: { reporters: reporters("tui"), testTimeout: 60_000, hookTimeout: 60_000 } });
