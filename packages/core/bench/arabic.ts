// Arabic engine throughput on one core: normalise+tokenise(+stem), figure parsing, and our stemmer vs Snowball.
// Corpus: sentences of seeds/*.txt shuffled (seeded) into ≥ 50 MB of UTF-8 text, cut into ~4 KB "articles".
import snowball from "snowball-stemmers";
import { normalize, parseQuantities, parseTimes, splitSentences, stem, tokenize } from "../src/arabic/index.ts";
import { stemUncached } from "../src/arabic/stem.ts";
import { mulberry32, seedTexts } from "./seeds.ts";

const TARGET_BYTES = 50 * 1024 * 1024;

function buildCorpus(): string[] {
  const sentences: string[] = [];
  for (const text of seedTexts()) {
    for (const s of splitSentences(text)) sentences.push(text.slice(s.start, s.end));
  }
  const rand = mulberry32(2019);
  const articles: string[] = [];
  let bytes = 0;
  let current: string[] = [];
  let currentLen = 0;
  while (bytes < TARGET_BYTES) {
    const s = sentences[Math.floor(rand() * sentences.length)]!;
    current.push(s);
    currentLen += s.length;
    if (currentLen > 2000) {
      const article = current.join(rand() < 0.3 ? "\n\n" : " ");
      articles.push(article);
      bytes += Buffer.byteLength(article, "utf8");
      current = [];
      currentLen = 0;
    }
  }
  return articles;
}

/**
 * Runs fn once and prints MB/s. The machine may be shared, so the rate is computed from this process's CPU time
 * (user + system, which for this single-threaded loop is one core) and the wall-clock rate is printed next to it.
 */
function time(label: string, mb: number, fn: () => number): number {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const n = fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `  ${label.padEnd(40)} ${(mb / cpu).toFixed(1).padStart(6)} MB/s per core  (wall ${(mb / wall).toFixed(1)} MB/s, ${cpu.toFixed(1)} s CPU, ${n} items)`,
  );
  return mb / cpu;
}

const articles = buildCorpus();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a, "utf8"), 0) / (1024 * 1024);
console.log(`arabic: corpus of ${mb.toFixed(1)} MB UTF-8 in ${articles.length} articles (seed sentences shuffled)`);

// warm the JIT on a slice so the timed runs measure steady state
for (const a of articles.slice(0, 500)) {
  for (const t of tokenize(a)) if (t.kind === "word") stem(t.norm);
  parseQuantities(a);
  parseTimes(a);
}

time("normalise", mb, () => {
  let n = 0;
  for (const a of articles) n += normalize(a).text.length;
  return n;
});
time("normalise + tokenise", mb, () => {
  let n = 0;
  for (const a of articles) {
    normalize(a);
    n += tokenize(a).length;
  }
  return n;
});
time("normalise + tokenise + stem every word", mb, () => {
  let n = 0;
  for (const a of articles) {
    normalize(a);
    for (const t of tokenize(a)) {
      if (t.kind === "word") {
        stem(t.norm);
        n++;
      }
    }
  }
  return n;
});
time("sentences", mb, () => {
  let n = 0;
  for (const a of articles) n += splitSentences(a).length;
  return n;
});
time("figures (parseQuantities)", mb, () => {
  let n = 0;
  for (const a of articles) n += parseQuantities(a).length;
  return n;
});
time("dates (parseTimes)", mb, () => {
  let n = 0;
  for (const a of articles) n += parseTimes(a, { publishedAt: "2019-02-17" }).length;
  return n;
});

// stemmer speed: the same word list through both stemmers
const words: string[] = [];
for (const a of articles.slice(0, 2000)) for (const t of tokenize(a)) if (t.kind === "word") words.push(t.text);
const sb = snowball.newStemmer("arabic");
const wordsMb = words.reduce((n, w) => n + Buffer.byteLength(w, "utf8"), 0) / (1024 * 1024);
for (const w of words.slice(0, 20000)) {
  stem(w);
  sb.stem(w);
}
const rate = (label: string, fn: (w: string) => string) => {
  const cpu0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < 5; r++) for (const w of words) n += fn(w).length;
  const c = process.cpuUsage(cpu0);
  const s = (c.user + c.system) / 1e6;
  const wps = (5 * words.length) / s;
  console.log(
    `  ${label.padEnd(40)} ${(wps / 1e6).toFixed(2).padStart(6)} M words/s per core (${((5 * wordsMb) / s).toFixed(1)} MB/s)`,
  );
  return n > 0 ? wps : 0;
};
console.log(`arabic: stemming ${words.length} words (from 2000 articles) × 5`);
const oursRate = rate("ours: stem (memoised)", stem);
const oursCold = rate("ours: stem without the memo", stemUncached);
const sbRate = rate("snowball-stemmers arabic", (w) => sb.stem(w));
console.log(
  `  ours is ${(oursRate / sbRate).toFixed(1)}× Snowball's speed (${(oursCold / sbRate).toFixed(1)}× counting every word as new)`,
);
