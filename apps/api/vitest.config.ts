import { defineConfig } from "vitest/config";
import { reporters } from "../../vitest.reporters.ts";

export default defineConfig({ test: { reporters: reporters("api"), testTimeout: 60_000 } });
