// A faithful port of the claim, speaker, figure and boilerplate rules of the gold scorer
// (/work/shared/gold/score.mjs), so the quality floors hold without the shared folder. Used by tests only.
import type { Analysis } from "#schema/index.ts";

export interface GoldFile {
  attributedExhaustive?: boolean;
  articles: Record<string, string>;
  speakers: Record<string, { name: string; aliases?: string[] }>;
  claims: {
    id: string;
    article: string;
    anchor: string;
    kind: string;
    speaker: string | null;
    quantities: { text: string; value?: number; min?: number; max?: number; approx?: boolean; vague?: string }[];
  }[];
  nonBody?: Record<string, { lines: string[] }>;
}

export interface GoldScores {
  articlesPaired: string;
  claimRecall: number;
  coarseClaims: number;
  predictedClaims: number;
  speakerAccuracyAttributed: number;
  attributedFound: string;
  speakerAccuracyReported: number;
  falseAttributedClaims: number | null;
  boilerplateClaims: number;
  figureRecall: number;
  figureApproxAgreement: number;
  vagueFigureRecall: number;
  /** gold claim ids with no matching predicted claim, or a wrong speaker, or a figure not found (for diagnosis) */
  missedClaims: string[];
  wrongSpeakers: string[];
  missedFigures: string[];
  falseAttributed: string[];
}

const ws = (s: unknown) =>
  String(s ?? "")
    .replace(/\s+/gu, " ")
    .trim();
const norm = (s: unknown) =>
  ws(s)
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ى/gu, "ي")
    .replace(/ة/gu, "ه")
    .replace(/ؤ/gu, "و")
    .replace(/ئ/gu, "ي")
    .replace(/سوريه/gu, "سوريا")
    .replace(/ديموقراطيه/gu, "ديمقراطيه")
    .replace(/امريكي/gu, "اميركي")
    .replace(/["'«»“”()]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
const stripAl = (s: string) =>
  s
    .split(" ")
    .map((w) => w.replace(/^(وال|فال|بال|لل|ال)(?=..)/u, ""))
    .join(" ");
const r = (x: number) => Math.round(x * 1000) / 1000;

export function scoreAgainstGold(gold: GoldFile, analysis: Pick<Analysis, "articles" | "claims">): GoldScores {
  const articleOf = new Map<string, string>();
  for (const a of analysis.articles) {
    for (const [key, file] of Object.entries(gold.articles)) {
      if (String(a.source ?? "").endsWith(file) || String(a.source ?? "").endsWith(file.replace(/\.txt$/u, "")))
        articleOf.set(a.id, key);
    }
  }
  const pred = analysis.claims.map((c) => ({ c, g: articleOf.get(c.articleId), t: ws(c.text), coarse: false }));
  const matchesOf = new Map<string, typeof pred>();
  const goldOfPred = new Map<string, string[]>();
  for (const p of pred) {
    let gids = gold.claims.filter((g) => g.article === p.g && p.t.includes(ws(g.anchor))).map((g) => g.id);
    if (p.t.length > 450 || gids.length >= 4) {
      p.coarse = true;
      gids = [];
    }
    goldOfPred.set(p.c.id, gids);
    for (const id of gids) matchesOf.set(id, [...(matchesOf.get(id) ?? []), p]);
  }

  const speakerOk = (g: GoldFile["claims"][number], p: (typeof pred)[number]) => {
    const ps = p.c.speaker?.name;
    if (g.speaker == null) return ps == null || ps === "" || (p.c.kind ?? "reported") === "reported";
    if (!ps) return false;
    const s = gold.speakers[g.speaker];
    if (!s) return false;
    const names = [s.name, ...(s.aliases ?? [])].map((n) => stripAl(norm(n)));
    const pn = stripAl(norm(ps));
    return names.some((n) => n === pn || (pn.length >= 3 && n.includes(pn)) || pn.includes(n));
  };
  let attTotal = 0;
  let attOk = 0;
  let repTotal = 0;
  let repOk = 0;
  const missedClaims: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const g of gold.claims) {
    const ps = matchesOf.get(g.id);
    if (!ps) {
      missedClaims.push(g.id);
      continue;
    }
    const ok = ps.some((p) => speakerOk(g, p));
    if (!ok) wrongSpeakers.push(`${g.id} (${ps.map((p) => p.c.speaker?.name ?? "-").join(" / ")})`);
    if (g.speaker == null) {
      repTotal++;
      if (ok) repOk++;
    } else {
      attTotal++;
      if (ok) attOk++;
    }
  }
  const goldAttributed = gold.claims.filter((g) => g.speaker != null).length;
  const predAttributed = pred.filter((p) => p.c.speaker?.name);
  const falseList = predAttributed.filter((p) => (goldOfPred.get(p.c.id) ?? []).length === 0);
  const falseAttributed = gold.attributedExhaustive ? falseList.length : null;

  let boilerplateClaims = 0;
  for (const p of pred) {
    const lines = (p.g && gold.nonBody?.[p.g]?.lines) || [];
    if (p.t.length > 0 && lines.some((l) => ws(l).includes(p.t))) boilerplateClaims++;
  }

  const predQty = pred.flatMap((p) => p.c.quantities.map((q) => ({ ...q, g: p.g })));
  const num = (x: unknown) => (x == null ? null : Number(x));
  type GQ = GoldFile["claims"][number]["quantities"][number];
  const sameNums = (gq: GQ, pq: (typeof predQty)[number]) => {
    if (gq.value != null) return num(pq.value) === gq.value || (num(pq.min) === gq.value && num(pq.max) === gq.value);
    return (
      (gq.min == null || num(pq.min) === gq.min) &&
      (gq.max == null || num(pq.max) === gq.max) &&
      (gq.min != null || gq.max != null)
    );
  };
  let qTotal = 0;
  let qFound = 0;
  let qApproxOk = 0;
  let vagueTotal = 0;
  let vagueFound = 0;
  const missedFigures: string[] = [];
  const seenQ = new Set<string>();
  for (const g of gold.claims) {
    for (const gq of g.quantities) {
      const key = `${g.article}|${gq.text}|${gq.value ?? ""}|${gq.min ?? ""}|${gq.max ?? ""}`;
      if (seenQ.has(key)) continue;
      seenQ.add(key);
      const overlaps = (pq: (typeof predQty)[number]) =>
        pq.g === g.article && (ws(pq.text).includes(ws(gq.text)) || ws(gq.text).includes(ws(pq.text)));
      if (gq.vague) {
        vagueTotal++;
        if (predQty.some((pq) => overlaps(pq) && (pq.vague || pq.min != null || pq.max != null))) vagueFound++;
        else missedFigures.push(`${g.id} ${gq.text} (vague)`);
        continue;
      }
      qTotal++;
      const hit = predQty.find((pq) => overlaps(pq) && sameNums(gq, pq));
      if (hit) {
        qFound++;
        if (Boolean(hit.approx) === Boolean(gq.approx)) qApproxOk++;
        else missedFigures.push(`${g.id} ${gq.text} (approx ${hit.approx} ≠ ${Boolean(gq.approx)})`);
      } else missedFigures.push(`${g.id} ${gq.text}`);
    }
  }
  return {
    articlesPaired: `${new Set(articleOf.values()).size}/${Object.keys(gold.articles).length}`,
    claimRecall: r(matchesOf.size / gold.claims.length),
    coarseClaims: pred.filter((p) => p.coarse).length,
    predictedClaims: pred.length,
    speakerAccuracyAttributed: attTotal ? r(attOk / attTotal) : 0,
    attributedFound: `${attOk}/${goldAttributed}`,
    speakerAccuracyReported: repTotal ? r(repOk / repTotal) : 0,
    falseAttributedClaims: falseAttributed,
    boilerplateClaims,
    figureRecall: qTotal ? r(qFound / qTotal) : 0,
    figureApproxAgreement: qFound ? r(qApproxOk / qFound) : 0,
    vagueFigureRecall: vagueTotal ? r(vagueFound / vagueTotal) : 0,
    missedClaims,
    wrongSpeakers,
    missedFigures,
    falseAttributed: falseList.map((p) => `${p.g}: ${p.c.speaker?.name} :: ${p.t.slice(0, 60)}`),
  };
}
