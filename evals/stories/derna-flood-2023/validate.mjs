// Checks gold.json against the article files: anchors and quantity texts are verbatim (whitespace collapsed),
// ids unique, speakers exist, links reference existing claims of >= 2 different articles, singleSource consistent,
// nonBody lines are whole lines of their article.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const ws = (s) => String(s ?? "").replace(/\s+/gu, " ").trim();
const errors = [];
const text = {}, lines = {};
for (const [k, f] of Object.entries(gold.articles)) {
  const raw = readFileSync(join(dir, f), "utf8");
  text[k] = ws(raw); lines[k] = new Set(raw.split("\n").map(ws).filter(Boolean));
  if (!manifest.articles.some((a) => a.file === f)) errors.push(`article ${f} missing from manifest`);
}
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) errors.push(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!c.id.startsWith(c.article + "-")) errors.push(`${c.id}: id/article mismatch`);
  if (!text[c.article]) { errors.push(`${c.id}: unknown article ${c.article}`); continue; }
  if (!text[c.article].includes(ws(c.anchor))) errors.push(`${c.id}: anchor not found: ${c.anchor}`);
  if (c.kind === "attributed" && !gold.speakers[c.speaker]) errors.push(`${c.id}: unknown speaker ${c.speaker}`);
  if (c.kind === "reported" && c.speaker !== null) errors.push(`${c.id}: reported claim with speaker`);
  if (!["attributed", "reported"].includes(c.kind)) errors.push(`${c.id}: bad kind`);
  for (const q of c.quantities ?? []) {
    if (!text[c.article].includes(ws(q.text))) errors.push(`${c.id}: quantity text not in article: ${q.text}`);
    if (!ws(c.anchor).includes(ws(q.text))) console.warn(`note ${c.id}: quantity text outside anchor: ${q.text}`);
    if (q.value === undefined && q.min === undefined && q.max === undefined) errors.push(`${c.id}: quantity without value/min/max`);
  }
  // anchors should sit inside one sentence: no sentence-final punctuation inside
  if (/[.!؟?]\s/u.test(ws(c.anchor))) console.warn(`note ${c.id}: anchor may span sentences`);
}
const byId = new Map(gold.claims.map((c) => [c.id, c]));
const linkIds = new Set(), linked = new Set();
for (const l of gold.links) {
  if (linkIds.has(l.id)) errors.push(`duplicate link ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errors.push(`${l.id}: bad relation`);
  const arts = new Set();
  for (const id of l.claims) {
    if (!byId.has(id)) errors.push(`${l.id}: unknown claim ${id}`); else arts.add(byId.get(id).article);
    linked.add(id);
  }
  if (arts.size < 2) errors.push(`${l.id}: fewer than 2 articles`);
  if (new Set(l.claims).size !== l.claims.length) errors.push(`${l.id}: duplicate claim`);
}
for (const id of gold.singleSource) {
  if (!byId.has(id)) errors.push(`singleSource: unknown ${id}`);
  if (linked.has(id)) errors.push(`singleSource: ${id} is linked`);
}
for (const c of gold.claims) if (!linked.has(c.id) && !gold.singleSource.includes(c.id)) errors.push(`${c.id}: neither linked nor singleSource`);
for (const [k, nb] of Object.entries(gold.nonBody)) for (const line of nb.lines) if (!lines[k]?.has(ws(line))) errors.push(`nonBody ${k}: not a line: ${line}`);
// no claim anchored inside a non-body line
for (const c of gold.claims) for (const line of gold.nonBody[c.article]?.lines ?? []) if (ws(line).includes(ws(c.anchor))) errors.push(`${c.id}: anchor inside non-body line`);
// conflict pairs (not grouped by any other link)
const together = (a, b, except) => gold.links.some((l) => l !== except && l.claims.includes(a) && l.claims.includes(b));
let conflictPairs = 0;
for (const l of gold.links.filter((l) => l.relation === "conflicts"))
  for (let i = 0; i < l.claims.length; i++) for (let j = i + 1; j < l.claims.length; j++) {
    const a = byId.get(l.claims[i]), b = byId.get(l.claims[j]);
    if (a && b && a.article !== b.article && !together(a.id, b.id, l)) conflictPairs++;
  }
const att = gold.claims.filter((c) => c.kind === "attributed").length;
const rel = {}; for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(JSON.stringify({ claims: gold.claims.length, attributed: att, reported: gold.claims.length - att, links: gold.links.length, byRelation: rel, conflictPairs, singleSource: gold.singleSource.length, speakers: Object.keys(gold.speakers).length }));
if (errors.length) { console.error(errors.join("\n")); process.exit(1); }
console.log("OK");
