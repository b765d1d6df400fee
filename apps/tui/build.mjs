// Bundle the `isnad` command into one ESM file for plain `node` (no tsx): dist/cli.js.
// Workspace packages (TypeScript source) and pure-JS dependencies are bundled; native and optional modules stay
// external and are resolved from this package's node_modules at run time.
//   node build.mjs [--outfile path]
import { chmod } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--outfile");
const outfile = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(here, "dist/cli.js");

await build({
  entryPoints: [join(here, "src/cli.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  jsx: "automatic",
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  external: [
    "better-sqlite3", // native addon
    "pg", // optional pg-native inside; resolved at run time
    "pg-native",
  ],
  plugins: [
    {
      // Ink imports react-devtools-core (a dev-only, optional package) only when DEV=true; stub it out so the
      // bundle does not need it installed.
      name: "stub-react-devtools",
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
        b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
          contents: "export default { initialize() {}, connectToDevTools() {} };",
          loader: "js",
        }));
      },
    },
  ],
  define: { "process.env.NODE_ENV": '"production"' },
  // Bundled CommonJS modules call require() for Node built-ins; give ESM a require.
  banner: {
    js: 'import { createRequire as __isnadCreateRequire } from "node:module"; const require = __isnadCreateRequire(import.meta.url);',
  },
});
await chmod(outfile, 0o755);
console.log(`built ${outfile}`);
