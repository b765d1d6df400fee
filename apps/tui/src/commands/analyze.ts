import { Analysis, type Analysis as AnalysisType, analyze } from "@isnad/core";
import { type CliIO, line, type Output } from "#commands/io.ts";
import { loadInputs } from "#commands/load.ts";
import {
  articleHeading,
  countByRelation,
  formatQuantity,
  formatRelationCounts,
  orderClusters,
  outletLabel,
  plural,
} from "#format.ts";
import { truncate } from "#text/runs.ts";

export interface AnalyzeOptions {
  json?: boolean;
  pretty?: boolean;
  story?: string;
}

/** `isnad analyze <paths…>`: analyse without storing; --json prints exactly one Analysis document on stdout. */
export async function analyzeCommand(io: CliIO, paths: readonly string[], options: AnalyzeOptions): Promise<number> {
  const loaded = await loadInputs(io, paths, options.story);
  if (!loaded.ok) return 1;
  const analysis = analyze(loaded.inputs, { story: loaded.story });
  if (options.json) {
    // The contract outside tools rely on: validate before printing so a core regression fails loudly here.
    const checked = Analysis.safeParse(analysis);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      line(
        io.stderr,
        `isnad: internal error: the analysis does not match the schema at ${issue?.path.join(".")}: ${issue?.message}`,
      );
      return 2;
    }
    io.stdout.write(`${JSON.stringify(checked.data, null, options.pretty ? 2 : undefined)}\n`);
    return 0;
  }
  printAnalysis(io.stdout, analysis);
  return 0;
}

/** A human-readable summary of an analysis. */
export function printAnalysis(out: Output, analysis: AnalysisType): void {
  const { articles, claims, entities, clusters, story } = analysis;
  const attributed = claims.filter((c) => c.kind === "attributed").length;
  if (story) line(out, `story ${story.id}: ${story.title}`);
  line(
    out,
    `${plural(articles.length, "article")}, ${plural(claims.length, "claim")} (${attributed} attributed), ` +
      `${plural(entities.length, "entity", "entities")}, ${plural(clusters.length, "cluster")}`,
  );
  line(out);
  line(out, "articles");
  for (const article of articles) {
    const n = claims.filter((c) => c.articleId === article.id).length;
    line(out, `  ${article.id}  ${outletLabel(article)} · ${plural(n, "claim")}`);
    line(out, `      ${truncate(articleHeading(article), 100)}`);
  }
  line(out);
  line(out, `clusters: ${formatRelationCounts(countByRelation(clusters))}`);
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const cluster of orderClusters(clusters, null).filter((c) => c.relation !== "single-source")) {
    line(
      out,
      `  ${cluster.relation.padEnd(13)} ${cluster.topic}  (${plural(cluster.claimIds.length, "claim")}, ` +
        `${cluster.independentSources} independent ${cluster.independentSources === 1 ? "source" : "sources"})`,
    );
    for (const figure of cluster.figures) {
      const source = figure.outlet ?? outletLabel(articles.find((a) => a.id === figure.articleId));
      line(out, `      ${source}: ${formatQuantity(figure.quantity)}`);
    }
    if (cluster.figures.length === 0) {
      for (const id of cluster.claimIds.slice(0, 3)) {
        const claim = byId.get(id);
        if (claim) line(out, `      ${truncate(claim.text, 100)}`);
      }
    }
  }
  const speakers = story?.speakers ?? [];
  if (speakers.length > 0) {
    line(out);
    line(out, `speakers: ${speakers.map((s) => `${s.name} (${s.claims})`).join("، ")}`);
  }
}
