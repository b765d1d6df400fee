// The `isnad` command line: argument parsing (commander) over the commands in #commands/*. Every command returns
// an exit code; nothing here calls process.exit, so tests run the whole CLI in-process.
import { StoreError } from "@isnad/store";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { analyzeCommand } from "#commands/analyze.ts";
import { ingestCommand } from "#commands/ingest.ts";
import { type CliIO, line } from "#commands/io.ts";
import { storiesCommand } from "#commands/overview.ts";
import { searchCommand } from "#commands/search.ts";
import packageJson from "../package.json" with { type: "json" };

/** Exit codes: 0 ok, 1 bad input or a failing store, 2 invalid command line or an internal error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new InvalidArgumentError("expected a whole number from 1 to 500");
  return n;
}

function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command("isnad");
  const dbOption = () =>
    new Option("--db <file>", "SQLite file to use (default: $ISNAD_DB_FILE or .data/isnad.sqlite)");
  const storyOption = (what: string) => new Option("--story <id>", what);
  program
    .description(
      "Read Arabic news reports of one event: who said what, which figures agree or conflict, and how many " +
        "independent sources stand behind a claim. Without a command: the interactive terminal browser.",
    )
    .version(packageJson.version, "-V, --version")
    .addOption(dbOption())
    .addOption(storyOption("open the browser inside this story"))
    .option("--visual", "draw Arabic in visual (bidi-reordered) order, for terminals that do not reorder it")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .exitOverride()
    .showHelpAfterError()
    // `--story`/`--db` exist on the program and on subcommands: each belongs to the command it follows.
    .enablePositionalOptions()
    .allowExcessArguments(true)
    .addHelpText(
      "after",
      `
Environment:
  DATABASE_URL   postgres://… to use PostgreSQL instead of the embedded SQLite store
  ISNAD_DB_FILE  the SQLite file (default .data/isnad.sqlite under the workspace root)
  ISNAD_BIDI     "visual" to start the browser in visual order (same as --visual)

Examples:
  isnad ingest seeds                         load a folder (its manifest.json names the story)
  isnad analyze seeds --json > analysis.json one Analysis JSON document, nothing stored
  isnad search "قوات سوريا الديمقراطية"
  isnad                                      browse: stories → articles → reader → clusters`,
    )
    .action(async (options: { db?: string; story?: string; visual?: boolean }, command: Command) => {
      const [unknown] = command.args;
      if (unknown !== undefined) {
        const known = program.commands.map((c) => c.name());
        const near = known.find((name) => name.startsWith(unknown.slice(0, 3)));
        program.error(`error: unknown command '${unknown}'${near ? ` (did you mean '${near}'?)` : ""}`, {
          code: "commander.unknownCommand",
        });
      }
      // Ink, React and Yoga load only for the browser, keeping the batch commands quick to start.
      const { browseStoreCommand } = await import("#commands/browse.ts");
      setCode(await browseStoreCommand(io, options));
    });

  program
    .command("ingest")
    .description("analyse article files (or folders of them) and store them in a story; re-ingesting is harmless")
    .argument("<paths...>", "article files (.txt, .md) or folders; a folder's manifest.json names the story")
    .addOption(storyOption('story id (default: the manifest\'s, else "default")'))
    .addOption(dbOption())
    .action(async (paths: string[], options: { story?: string; db?: string }) => {
      setCode(await ingestCommand(io, paths, options));
    });

  program
    .command("analyze")
    .description("analyse article files without storing them")
    .argument("<paths...>", "article files or folders")
    .option("--json", "print one Analysis JSON document on stdout (diagnostics go to stderr)")
    .option("--pretty", "indent the JSON")
    .addOption(storyOption("story id for the analysis (default: the manifest's)"))
    .action(async (paths: string[], options: { json?: boolean; pretty?: boolean; story?: string }) => {
      setCode(await analyzeCommand(io, paths, options));
    });

  program
    .command("search")
    .description("search stored articles and claims (Arabic spelling variants match)")
    .argument("<query...>", "words to look for")
    .addOption(storyOption("only within this story"))
    .option("--json", "print the result page as JSON")
    .option("--limit <n>", "how many hits (1–500, default 20)", positiveInt)
    .addOption(dbOption())
    .action(async (words: string[], options: { story?: string; json?: boolean; limit?: number; db?: string }) => {
      setCode(await searchCommand(io, words.join(" "), options));
    });

  program
    .command("stories")
    .description("list the stored stories with their counts (what `isnad` prints when not on a terminal)")
    .option("--json", "print the stories as JSON")
    .addOption(dbOption())
    .action(async (options: { json?: boolean; db?: string }) => {
      setCode(await storiesCommand(io, options));
    });

  program
    .command("browse")
    .description("analyse files in memory and open them in the browser, without storing anything")
    .argument("<paths...>", "article files or folders")
    .addOption(storyOption("story id (default: the manifest's)"))
    .option("--visual", "draw Arabic in visual (bidi-reordered) order")
    .action(async (paths: string[], options: { story?: string; visual?: boolean }) => {
      const { browseFilesCommand } = await import("#commands/browse.ts");
      setCode(await browseFilesCommand(io, paths, { ...options, visual: options.visual ?? program.opts().visual }));
    });

  for (const command of program.commands) {
    command.configureOutput(program.configureOutput()).exitOverride().showHelpAfterError().allowExcessArguments(false);
  }
  return program;
}

/** Run the CLI on `argv` (the arguments after the program name). Resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof StoreError) {
      line(io.stderr, `isnad: ${error.message}`);
      return EXIT.failure;
    }
    line(
      io.stderr,
      `isnad: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.usage;
  }
}
