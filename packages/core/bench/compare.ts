// Cross-outlet comparison at scale: time and memory to compare 1k, 4k and 16k articles, and the growth ratio.
// Corpus: the five seed articles are extracted once; each generated article copies one seed article's claims with
// its sentences varied (words dropped and reordered, filler added), names swapped (speakers and their mentions in
// the text) and figures scaled, so clusters are realistic in size and most pairs are near-duplicates, the hard
// case for candidate generation. Prints when imported (bench/run.ts imports it); also runnable alone with tsx.
import { readFileSync } from "node:fs";
import { compareClaims } from "../src/compare/index.ts";
import { extractArticles } from "../src/extract/index.ts";
import type { Article, Claim, Entity, Quantity } from "../src/schema/index.ts";
import { mulberry32, seedsDir } from "./seeds.ts";

const SIZES = (process.env.COMPARE_BENCH_SIZES ?? "1000,4000,16000").split(",").map(Number);

// invented names and filler words used to vary the copies
const FIRST = ["سامر", "ليث", "نور", "هادي", "رامي", "عمر", "ياسر", "خالد", "منير", "فراس", "جواد", "وسيم"];
const LAST = ["حداد", "العلي", "الخطيب", "منصور", "الأحمد", "درويش", "السيد", "قاسم", "الحسن", "يوسف", "ناصر"];
const FILLER = ["أيضا", "كذلك", "مجددا", "حينها", "بدوره", "بحسب مصادر", "في وقت لاحق", "من جهته"];

interface Corpus {
  articles: Article[];
  claims: Claim[];
  entities: Entity[];
}

function seeds(): Corpus {
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", seedsDir), "utf8")) as {
    articles: { file: string; outlet?: string | null }[];
  };
  const inputs = manifest.articles.map((a) => ({
    source: a.file,
    text: readFileSync(new URL(a.file, seedsDir), "utf8"),
    outlet: a.outlet ?? null,
  }));
  return extractArticles(inputs);
}

function varyText(text: string, rand: () => number): string {
  const words = text.split(" ");
  const out: string[] = [];
  for (const w of words) {
    const r = rand();
    if (r < 0.06 && words.length > 6) continue; // drop a word
    out.push(w);
    if (r > 0.97) out.push(FILLER[Math.floor(rand() * FILLER.length)] as string);
  }
  if (rand() < 0.15 && out.length > 8) {
    // move a short run of words (a reordered clause)
    const at = 2 + Math.floor(rand() * (out.length - 6));
    const run = out.splice(at, 3);
    out.splice(Math.max(1, at - 2), 0, ...run);
  }
  return out.join(" ");
}

function generate(base: Corpus, n: number, seed: number): Corpus {
  const rand = mulberry32(seed);
  const byArticle = new Map<string, Claim[]>();
  for (const c of base.claims) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const mentions = new Map<string, Entity["mentions"]>();
  for (let k = 0; k < n; k++) {
    const src = base.articles[k % base.articles.length] as Article;
    const id = `${src.id.slice(0, 8)}${k.toString(16).padStart(8, "0")}`;
    const outlet = `outlet-${k % 97}`;
    // a copy reports most, not all, of its source's claims; the text is rebuilt from the varied claims
    const parts: string[] = [];
    let offset = 0;
    const rename = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
    for (const c of byArticle.get(src.id) ?? []) {
      if (rand() < 0.2) continue;
      let text = varyText(c.text, rand);
      const speaker = c.speaker && rand() < 0.3 ? { ...c.speaker, name: rename, entityId: null } : c.speaker;
      if (speaker && c.speaker && speaker !== c.speaker) text = text.split(c.speaker.name).join(rename);
      const factor = rand() < 0.3 ? 0.5 + rand() * 1.5 : 1;
      const start = offset;
      const quantities: Quantity[] = c.quantities.map((q) => {
        const scale = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * factor));
        const at = text.indexOf(q.text);
        const qs = at >= 0 ? start + at : start;
        return {
          ...q,
          start: qs,
          end: qs + (at >= 0 ? q.text.length : 0),
          ...(q.value !== undefined ? { value: scale(q.value) } : {}),
          ...(q.min !== undefined ? { min: scale(q.min) } : {}),
          ...(q.max !== undefined ? { max: scale(q.max) } : {}),
        };
      });
      parts.push(text);
      offset += text.length + 1;
      const claim: Claim = {
        ...c,
        id: `${c.id}_${k}`,
        articleId: id,
        start,
        end: start + text.length,
        text,
        speaker,
        quantities,
        quote: null,
        time: c.time ? { ...c.time, start, end: start } : c.time,
      };
      claims.push(claim);
      for (const e of c.entityIds) {
        const list = mentions.get(e) ?? [];
        list.push({ articleId: id, start, end: start });
        mentions.set(e, list);
      }
    }
    articles.push({ ...src, id, source: `generated/${k}`, outlet, text: parts.join(" "), blocks: [] });
  }
  const entities = base.entities.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? [] }));
  return { articles, claims, entities };
}

const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;

const base = seeds();
console.log(
  `compare: seeds give ${base.articles.length} articles, ${base.claims.length} claims, ${base.entities.length} entities`,
);
compareClaims(generate(base, 200, 7)); // warm-up
const rows: { n: number; claims: number; seconds: number; cpuSeconds: number }[] = [];
for (const n of SIZES) {
  const corpus = generate(base, n, n);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const clusters = compareClaims(corpus);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const after = process.memoryUsage();
  const multi = clusters.filter((c) => c.articleCount > 1);
  const largest = Math.max(0, ...multi.map((c) => c.claimIds.length));
  rows.push({ n, claims: corpus.claims.length, seconds, cpuSeconds });
  console.log(
    `compare: ${n} articles, ${corpus.claims.length} claims → ${clusters.length} clusters (${multi.length} multi-article, largest ${largest} claims) in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU; heap ${mb(after.heapUsed)} (+${mb(after.heapUsed - before.heapUsed)}), rss ${mb(after.rss)}`,
  );
}
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1] as (typeof rows)[number];
  const b = rows[i] as (typeof rows)[number];
  const growth = b.cpuSeconds / a.cpuSeconds;
  const size = b.n / a.n;
  console.log(
    `compare: ${a.n} → ${b.n} articles (×${size}): CPU time ×${growth.toFixed(2)} (exponent ${(Math.log(growth) / Math.log(size)).toFixed(2)}; quadratic would be ×${size * size})`,
  );
}
const last = rows[rows.length - 1];
if (last) {
  const per10k = (last.seconds / last.n) * 10000;
  const cpu10k = (last.cpuSeconds / last.n) * 10000;
  console.log(
    `compare: ≈ ${per10k.toFixed(1)} s wall / ${cpu10k.toFixed(1)} s CPU per 10,000 articles at the ${last.n} size (goal < 60 s; load average during the run matters on a shared machine)`,
  );
}
