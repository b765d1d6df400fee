// Article files → ArticleInputs: the I/O side of ingest. Each path is a file or a directory; a directory gives its
// *.txt / *.md / *.text files (sorted by name) and, through manifest.json, the story and per-file metadata; when the
// manifest lists articles, those files alone.
// A file that cannot be used is skipped with a reason when other files load; when it is the only one, its problem
// is the error.
import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { type ArticleInput, contentId, Language, type StoryMeta } from "@isnad/core";
import { z } from "zod";

export type LoadErrorCode = "not_found" | "unreadable" | "not_utf8" | "empty" | "no_articles" | "invalid_manifest";

export interface LoadError {
  code: LoadErrorCode;
  message: string;
  path: string;
}

export type LoadResult =
  | { ok: true; story: StoryMeta; inputs: ArticleInput[]; skipped: { path: string; reason: string }[] }
  | { ok: false; error: LoadError };

export interface LoadOptions {
  /** story id for every article (default: the manifest's story id, else "default") */
  storyId?: string;
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".text"]);
const NOT_ARTICLES = new Set(["manifest.json", "gold.json"]);
/** Larger files are not news articles (and would be slow to analyse). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const ManifestArticle = z.looseObject({
  file: z.string().min(1),
  language: Language.nullish(),
  outlet: z.string().nullish(),
  publishedAt: z.string().nullish(),
});
type ManifestArticle = z.infer<typeof ManifestArticle>;

const Manifest = z.looseObject({
  story: z.looseObject({ id: z.string().min(1), title: z.string(), description: z.string().nullish() }).nullish(),
  articles: z.array(ManifestArticle).nullish(),
});
type Manifest = z.infer<typeof Manifest>;

interface Candidate {
  source: string;
  entry: ManifestArticle | null;
}

class LoadFailure extends Error {
  constructor(readonly error: LoadError) {
    super(error.message);
  }
}

function fail(code: LoadErrorCode, path: string, message: string): never {
  throw new LoadFailure({ code, path, message });
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? "";
}

function ioFailure(error: unknown, path: string): never {
  const code = errno(error);
  if (code === "ENOENT" || code === "ENOTDIR") fail("not_found", path, `${path}: no such file or directory`);
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
  fail("unreadable", path, `${path}: cannot read (${why})`);
}

async function readManifest(dir: string): Promise<Manifest | null> {
  const path = join(dir, "manifest.json");
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if (errno(error) === "ENOENT") return null;
    return ioFailure(error, path);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    fail("invalid_manifest", path, `${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") || "(root)" : "(root)";
    fail("invalid_manifest", path, `${path}: ${where}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

type Decoded = { ok: true; text: string } | { ok: false; code: LoadErrorCode; reason: string };

function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, code: "unreadable", reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` };
  }
  if (bytes.includes(0)) return { ok: false, code: "not_utf8", reason: "binary file (contains NUL bytes), not text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, code: "not_utf8", reason: `not valid UTF-8${encodingHint(bytes)}` };
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, code: "empty", reason: "the file is empty (or only whitespace)" };
  return { ok: true, text };
}

/** A hint for the usual legacy Arabic encoding. */
function encodingHint(bytes: Uint8Array): string {
  let high = 0;
  for (const b of bytes) if (b >= 0xc1 && b <= 0xfe) high++;
  return high > bytes.length / 10
    ? " (it looks like Windows-1256 Arabic; convert it: iconv -f WINDOWS-1256 -t UTF-8 FILE > FILE.utf8.txt)"
    : " (save it as UTF-8)";
}

function nullable(value: string | null | undefined): string | null {
  return value == null || value.trim() === "" ? null : value;
}

/** Read article files and directories into ArticleInputs for `store.ingest`. Never throws for bad input. */
export async function loadArticleFiles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  try {
    return await load(paths, options);
  } catch (error) {
    if (error instanceof LoadFailure) return { ok: false, error: error.error };
    throw error;
  }
}

async function load(paths: string[], options: LoadOptions): Promise<LoadResult> {
  if (paths.length === 0) fail("no_articles", "", "no files or directories given");
  const candidates: Candidate[] = [];
  const skipped: { path: string; reason: string }[] = [];
  let manifest: Manifest | null = null;
  let firstDir: string | null = null;

  for (const path of paths) {
    const info = await stat(path).catch((error) => ioFailure(error, path));
    if (info.isDirectory()) {
      firstDir ??= path;
      const dirManifest = await readManifest(path);
      manifest ??= dirManifest;
      const entries: Dirent[] = await readdir(path, { withFileTypes: true }).catch((error) => ioFailure(error, path));
      const byFile = new Map((dirManifest?.articles ?? []).map((a) => [a.file, a]));
      // a manifest that lists the folder's articles says which files are articles: notes beside them (SOURCES.md,
      // README.md) are not
      const listed = byFile.size > 0;
      const names = new Set<string>();
      for (const e of entries) {
        if (e.name.startsWith(".") || NOT_ARTICLES.has(e.name)) continue;
        if (!(e.isFile() || e.isSymbolicLink())) continue;
        if (byFile.has(e.name)) names.add(e.name);
        else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
          if (listed) skipped.push({ path: join(path, e.name), reason: "not listed in manifest.json" });
          else names.add(e.name);
        }
      }
      for (const file of byFile.keys()) {
        if (!names.has(file)) skipped.push({ path: join(path, file), reason: "listed in manifest.json but not found" });
      }
      for (const name of [...names].sort()) {
        candidates.push({ source: join(path, name), entry: byFile.get(name) ?? null });
      }
      continue;
    }
    if (!info.isFile()) fail("unreadable", path, `${path}: not a regular file`);
    if (NOT_ARTICLES.has(basename(path))) {
      skipped.push({ path, reason: `${basename(path)} is metadata, not an article` });
      continue;
    }
    // A single file still takes its metadata from a manifest.json next to it.
    const dirManifest = await readManifest(dirname(path));
    manifest ??= dirManifest;
    const entry = dirManifest?.articles?.find((a) => a.file === basename(path)) ?? null;
    candidates.push({ source: path, entry });
  }

  if (candidates.length === 0) {
    const why = skipped.length ? `; skipped: ${skipped.map((s) => `${s.path} (${s.reason})`).join(", ")}` : "";
    fail("no_articles", paths[0]!, `no article files (*.txt, *.md, *.text) in ${paths.join(", ")}${why}`);
  }

  const storyId = options.storyId ?? manifest?.story?.id ?? "default";
  const story: StoryMeta = {
    id: storyId,
    title: manifest?.story?.title ?? (firstDir ? basename(firstDir) || storyId : storyId),
    description: manifest?.story?.description ?? null,
  };

  const inputs: ArticleInput[] = [];
  const seen = new Map<string, string>();
  for (const c of candidates) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(c.source);
    } catch (error) {
      if (candidates.length === 1) ioFailure(error, c.source);
      skipped.push({ path: c.source, reason: `cannot read (${errno(error) || (error as Error).message})` });
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      if (candidates.length === 1) fail(decoded.code, c.source, `${c.source}: ${decoded.reason}`);
      skipped.push({ path: c.source, reason: decoded.reason });
      continue;
    }
    const id = contentId(decoded.text);
    const twin = seen.get(id);
    if (twin) {
      skipped.push({ path: c.source, reason: `same text as ${twin}` });
      continue;
    }
    seen.set(id, c.source);
    inputs.push({
      source: c.source,
      text: decoded.text,
      outlet: nullable(c.entry?.outlet),
      publishedAt: nullable(c.entry?.publishedAt),
      language: nullable(c.entry?.language),
      storyId,
    });
  }
  if (inputs.length === 0) {
    fail(
      "no_articles",
      paths[0]!,
      `no usable articles in ${paths.join(", ")}: ${skipped.map((s) => `${s.path} (${s.reason})`).join(", ")}`,
    );
  }
  return { ok: true, story, inputs, skipped };
}
