// A faithful port of the link and conflict rules of the shared gold scorer (shared/gold/score.mjs), so the quality
// test keeps working where that file is absent. Used by tests only; pure.
//  - claims: a predicted claim matches a gold claim of the same article when its text contains the gold anchor
//    (whitespace collapsed); a predicted claim longer than 450 characters or holding 4+ anchors matches nothing.
//  - links: gold pairs are claims of different articles in one gold link; predicted pairs are claims of different
//    articles sharing a cluster. Only predicted claims that match a gold claim count.
//  - conflicts: gold conflict pairs are pairs of a gold "conflicts" link no other gold link groups together; found
//    when a predicted "conflicts" cluster holds one; a predicted "conflicts" cluster holding gold-matched claims of
//    two or more articles but none of the gold conflict pairs is a false conflict.
// Added here: single-source claims of the gold that end up in a predicted pair (they should stay unlinked).

export interface GoldLink {
  id: string;
  relation: string;
  claims: string[];
}
export interface GoldFile {
  articles: Record<string, string>;
  claims: { id: string; article: string; anchor: string }[];
  links: GoldLink[];
  singleSource?: string[];
}
export interface ScoredAnalysis {
  articles: readonly { id: string; source: string }[];
  claims: readonly { id: string; articleId: string; text: string }[];
  clusters: readonly { id: string; relation: string; claimIds: readonly string[] }[];
}

export interface GoldScore {
  linkPrecision: number;
  linkRecall: number;
  linkF1: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  conflictsFound: number;
  conflictsTotal: number;
  falseConflicts: number;
  /** gold single-source claims that appear in some predicted pair */
  linkedSingleSource: string[];
  missedPairs: string[];
  extraPairs: string[];
}

const ws = (s: string) => s.replace(/\s+/gu, " ").trim();

export function scoreAgainstGold(gold: GoldFile, analysis: ScoredAnalysis): GoldScore {
  const articleOf = new Map<string, string>();
  for (const a of analysis.articles) {
    for (const [key, file] of Object.entries(gold.articles)) {
      if (a.source.endsWith(file) || a.source.endsWith(file.replace(/\.txt$/u, ""))) articleOf.set(a.id, key);
    }
  }
  const goldById = new Map(gold.claims.map((c) => [c.id, c]));
  const goldOfPred = new Map<string, string[]>();
  const predArticle = new Map<string, string | undefined>();
  for (const p of analysis.claims) {
    const g = articleOf.get(p.articleId);
    predArticle.set(p.id, g);
    const t = ws(p.text);
    let gids = gold.claims.filter((c) => c.article === g && t.includes(ws(c.anchor))).map((c) => c.id);
    if (t.length > 450 || gids.length >= 4) gids = [];
    goldOfPred.set(p.id, gids);
  }
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const art = (id: string) => goldById.get(id)?.article;
  const goldPairs = new Set<string>();
  const agreeing = new Set<string>();
  for (const l of gold.links) {
    for (const a of l.claims) {
      for (const b of l.claims) {
        if (a < b && art(a) !== art(b)) goldPairs.add(pairKey(a, b));
        if (l.relation !== "conflicts" && a < b) agreeing.add(pairKey(a, b));
      }
    }
  }
  const conflictPairsOf = (l: GoldLink) => {
    const out: string[] = [];
    for (const a of l.claims) {
      for (const b of l.claims) {
        if (a < b && art(a) !== art(b) && !agreeing.has(pairKey(a, b))) out.push(pairKey(a, b));
      }
    }
    return out;
  };
  const conflictGold = gold.links.filter((l) => l.relation === "conflicts");
  const goldConflictPairs = new Set(conflictGold.flatMap(conflictPairsOf));
  const predPairs = new Set<string>();
  const predConflictPairs = new Set<string>();
  let falseConflicts = 0;
  for (const cl of analysis.clusters) {
    const members = cl.claimIds.filter((id) => goldOfPred.has(id));
    const here = new Set<string>();
    for (const x of members) {
      for (const y of members) {
        if (x >= y || predArticle.get(x) === predArticle.get(y)) continue;
        for (const a of goldOfPred.get(x) ?? []) {
          for (const b of goldOfPred.get(y) ?? []) {
            if (art(a) === art(b)) continue;
            predPairs.add(pairKey(a, b));
            here.add(pairKey(a, b));
          }
        }
      }
    }
    if (cl.relation === "conflicts" && here.size > 0) {
      const hit = [...here].filter((k) => goldConflictPairs.has(k));
      for (const k of hit) predConflictPairs.add(k);
      if (hit.length === 0) falseConflicts++;
    }
  }
  const conflictsFound = conflictGold.filter((l) => conflictPairsOf(l).some((k) => predConflictPairs.has(k))).length;
  const truePairs = [...predPairs].filter((p) => goldPairs.has(p)).length;
  const linkPrecision = predPairs.size ? truePairs / predPairs.size : 0;
  const linkRecall = goldPairs.size ? truePairs / goldPairs.size : 0;
  const linkF1 = linkPrecision + linkRecall ? (2 * linkPrecision * linkRecall) / (linkPrecision + linkRecall) : 0;
  const single = new Set(gold.singleSource ?? []);
  const linkedSingleSource = [
    ...new Set([...predPairs].flatMap((k) => k.split("|")).filter((id) => single.has(id))),
  ].sort();
  return {
    linkPrecision,
    linkRecall,
    linkF1,
    goldPairs: goldPairs.size,
    predictedPairs: predPairs.size,
    truePairs,
    conflictsFound,
    conflictsTotal: conflictGold.length,
    falseConflicts,
    linkedSingleSource,
    missedPairs: [...goldPairs].filter((p) => !predPairs.has(p)).sort(),
    extraPairs: [...predPairs].filter((p) => !goldPairs.has(p)).sort(),
  };
}
