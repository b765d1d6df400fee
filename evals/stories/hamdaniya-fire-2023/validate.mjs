// Checks gold.json against the article files: anchors, quantities, ids, links, speakers, nonBody lines.
import { readFileSync } from "node:fs";
const dir = new URL(".", import.meta.url).pathname;
const gold = JSON.parse(readFileSync(dir + "gold.json", "utf8"));
const ws = (s) => String(s ?? "").replace(/\s+/gu, " ").trim();
const errs = [];
const text = {};
for (const [k, f] of Object.entries(gold.articles)) text[k] = ws(readFileSync(dir + f, "utf8"));
const rawLines = {};
for (const [k, f] of Object.entries(gold.articles)) rawLines[k] = readFileSync(dir + f, "utf8").split("\n").map(ws);
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) errs.push(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!/^\d{3}-\d{2}$/.test(c.id) || c.id.slice(0, 3) !== c.article) errs.push(`bad id/article ${c.id}`);
  if (!text[c.article]) { errs.push(`unknown article ${c.article}`); continue; }
  const a = ws(c.anchor);
  const n = text[c.article].split(a).length - 1;
  if (n === 0) errs.push(`anchor not found ${c.id}: ${a}`);
  if (n > 1) errs.push(`anchor not unique (${n}x) ${c.id}: ${a}`);
  // anchor inside one sentence and one line, and not inside a nonBody line
  const line = rawLines[c.article].find((l) => l.includes(a));
  if (!line) errs.push(`anchor spans lines ${c.id}`);
  if (/[.!?؟]\s/u.test(a)) errs.push(`anchor spans sentences? ${c.id}`);
  if ((gold.nonBody[c.article]?.lines ?? []).some((l) => ws(l).includes(a))) errs.push(`anchor in nonBody ${c.id}`);
  if (!["attributed", "reported"].includes(c.kind)) errs.push(`bad kind ${c.id}`);
  if (c.kind === "attributed" && !gold.speakers[c.speaker]) errs.push(`unknown speaker ${c.id}: ${c.speaker}`);
  if (c.kind === "reported" && c.speaker !== null) errs.push(`reported with speaker ${c.id}`);
  for (const q of c.quantities ?? []) {
    if (!text[c.article].includes(ws(q.text))) errs.push(`quantity text not found ${c.id}: ${q.text}`);
    if (q.value === undefined && q.min === undefined && q.max === undefined) errs.push(`quantity without value ${c.id}`);
    if (!q.unit) errs.push(`quantity without unit ${c.id}`);
  }
}
// sentence-level coarse check: no sentence should carry 4+ anchors
for (const [k, lines] of Object.entries(rawLines)) {
  for (const s of lines.flatMap((l) => l.split(/(?<=[.!?؟])\s+/u))) {
    const n = gold.claims.filter((c) => c.article === k && s.includes(ws(c.anchor))).length;
    if (n >= 4) errs.push(`sentence with ${n} anchors in ${k}: ${s.slice(0, 60)}`);
  }
}
const linkIds = new Set();
const inLink = new Set();
for (const l of gold.links) {
  if (linkIds.has(l.id)) errs.push(`duplicate link ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errs.push(`bad relation ${l.id}`);
  for (const id of l.claims) { if (!ids.has(id)) errs.push(`link ${l.id} unknown claim ${id}`); inLink.add(id); }
  if (new Set(l.claims).size !== l.claims.length) errs.push(`link ${l.id} repeats a claim`);
  const arts = new Set(l.claims.map((id) => id.slice(0, 3)));
  if (arts.size < 2) errs.push(`link ${l.id} has < 2 articles`);
}
for (const id of gold.singleSource) {
  if (!ids.has(id)) errs.push(`singleSource unknown ${id}`);
  if (inLink.has(id)) errs.push(`singleSource ${id} is linked`);
}
for (const id of ids) if (!inLink.has(id) && !gold.singleSource.includes(id)) errs.push(`claim ${id} neither linked nor singleSource`);
for (const [k, nb] of Object.entries(gold.nonBody)) for (const l of nb.lines) if (!rawLines[k].includes(ws(l))) errs.push(`nonBody line not a full line in ${k}: ${l}`);
for (const [k, s] of Object.entries(gold.speakers)) if (!s.name || !["person", "organization", "group"].includes(s.type)) errs.push(`bad speaker ${k}`);
const used = new Set(gold.claims.map((c) => c.speaker).filter(Boolean));
for (const k of Object.keys(gold.speakers)) if (!used.has(k)) errs.push(`unused speaker ${k}`);
// gold conflict pairs (as the scorer derives them)
const pairKey = (a, b) => [a, b].sort().join("|");
const pairsOf = (l) => { const out = []; for (const a of l.claims) for (const b of l.claims) if (a < b && a.slice(0, 3) !== b.slice(0, 3)) out.push(pairKey(a, b)); return out; };
const count = new Map();
for (const l of gold.links) for (const p of pairsOf(l)) count.set(p, (count.get(p) ?? 0) + 1);
const conflictPairs = gold.links.filter((l) => l.relation === "conflicts").flatMap(pairsOf).filter((p) => count.get(p) === 1);
const rel = {}; for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length}, attributed ${gold.claims.filter((c) => c.kind === "attributed").length}, links ${gold.links.length} ${JSON.stringify(rel)}, singleSource ${gold.singleSource.length}, gold conflict pairs ${conflictPairs.length}`);
if (process.argv.includes("--pairs")) console.log(conflictPairs.join("\n"));
if (errs.length) { console.log(errs.join("\n")); process.exit(1); } else console.log("OK");
