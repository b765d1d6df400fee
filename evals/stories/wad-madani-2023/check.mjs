// Validates gold.json against the article files: anchors and quantity texts are verbatim (whitespace collapsed),
// ids unique, speakers exist, links reference existing claims of >= 2 different articles, singleSource is consistent.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const ws = (s) => String(s).replace(/\s+/gu, " ").trim();
const errs = [];
const text = {};
for (const [k, f] of Object.entries(gold.articles)) {
  text[k] = ws(readFileSync(join(dir, f), "utf8"));
  if (!manifest.articles.some((a) => a.file === f)) errs.push(`article ${k}: ${f} not in manifest`);
}
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) errs.push(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!text[c.article]) errs.push(`${c.id}: unknown article ${c.article}`);
  if (!c.id.startsWith(c.article + "-")) errs.push(`${c.id}: id/article mismatch`);
  const t = text[c.article] ?? "";
  const a = ws(c.anchor);
  if (!t.includes(a)) errs.push(`${c.id}: anchor not found: ${a}`);
  else if (t.indexOf(a) !== t.lastIndexOf(a)) console.warn(`warn ${c.id}: anchor occurs more than once`);
  if (/[.!?؟]\s/u.test(a)) errs.push(`${c.id}: anchor spans sentences`);
  if (!["attributed", "reported"].includes(c.kind)) errs.push(`${c.id}: bad kind`);
  if (c.kind === "attributed" && !c.speaker) errs.push(`${c.id}: attributed without speaker`);
  if (c.kind === "reported" && c.speaker) errs.push(`${c.id}: reported with speaker`);
  if (c.speaker && !gold.speakers[c.speaker]) errs.push(`${c.id}: unknown speaker ${c.speaker}`);
  for (const q of c.quantities) {
    if (!t.includes(ws(q.text))) errs.push(`${c.id}: quantity text not in article: ${q.text}`);
    if (!a.includes(ws(q.text))) console.warn(`warn ${c.id}: quantity text not inside anchor: ${q.text}`);
    if (q.value == null && q.min == null && q.max == null) errs.push(`${c.id}: quantity without numbers: ${q.text}`);
  }
}
const linked = new Set();
const lids = new Set();
for (const l of gold.links) {
  if (lids.has(l.id)) errs.push(`duplicate link ${l.id}`);
  lids.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errs.push(`${l.id}: bad relation`);
  const arts = new Set();
  for (const id of l.claims) {
    const c = gold.claims.find((x) => x.id === id);
    if (!c) errs.push(`${l.id}: unknown claim ${id}`);
    else arts.add(c.article);
    linked.add(id);
  }
  if (arts.size < 2) errs.push(`${l.id}: fewer than 2 articles`);
  if (new Set(l.claims).size !== l.claims.length) errs.push(`${l.id}: repeated claim`);
}
for (const id of gold.singleSource) {
  if (!ids.has(id)) errs.push(`singleSource: unknown ${id}`);
  if (linked.has(id)) errs.push(`singleSource: ${id} is linked`);
}
for (const id of ids) if (!linked.has(id) && !gold.singleSource.includes(id)) errs.push(`${id}: neither linked nor singleSource`);
for (const [k, nb] of Object.entries(gold.nonBody)) {
  const lines = readFileSync(join(dir, gold.articles[k]), "utf8").split("\n").map(ws);
  for (const l of nb.lines) if (!lines.includes(ws(l))) errs.push(`nonBody ${k}: line not found: ${l}`);
  for (const c of gold.claims.filter((c) => c.article === k))
    if (nb.lines.some((l) => ws(l).includes(ws(c.anchor)))) errs.push(`${c.id}: anchor lies in a non-body line`);
}
const rel = {};
for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(JSON.stringify({ claims: gold.claims.length, attributed: gold.claims.filter((c) => c.kind === "attributed").length,
  links: gold.links.length, byRelation: rel, singleSource: gold.singleSource.length, errors: errs.length }));
for (const e of errs) console.log("ERROR", e);
process.exit(errs.length ? 1 : 0);
