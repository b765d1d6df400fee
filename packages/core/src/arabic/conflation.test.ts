// Conflation quality of our light stemmer against Snowball's Arabic stemmer (npm snowball-stemmers).
// Measure: must-meet rate = share of pairs inside a group (forms of one word) that get the same stem; keep-apart
// rate = share of must-not-meet pairs (listed pairs of different words + every cross-group pair) that get
// different stems; score = F1 of the two. Ours must score higher than Snowball.
import { readdirSync, readFileSync } from "node:fs";
import snowball from "snowball-stemmers";
import { describe, expect, it } from "vitest";
import { foldForMatch } from "./normalize.ts";
import { stem } from "./stem.ts";

/** Forms of one word. `seed` groups are taken from the seeds' vocabulary (checked below). */
const SEED_GROUPS: string[][] = [
  ["المدنيين", "مدنيون", "مدني", "والمدنيين"],
  ["قوات", "القوات", "لقوات", "وقوات", "بقوات", "للقوات", "قواتها"],
  ["مقاتلي", "مقاتلو", "مقاتلون", "المقاتلين", "مقاتلين", "ومقاتلونا"],
  ["مسلحي", "المسلحين", "مسلحين", "المسلحون"],
  ["الجهاديين", "جهادي"],
  ["المتشدد", "المتشددين", "للمتشددين"],
  ["المتطرف", "المتطرفين", "المتطرفون"],
  ["الإرهابي", "الإرهابيين", "إرهابيي"],
  ["هجوم", "الهجوم", "هجوما", "هجومها", "لهجوم"],
  ["هجمات", "الهجمات", "وهجمات", "لهجمات"],
  ["اشتباكات", "الاشتباكات"],
  ["غارات", "لغارات"],
  ["سيطرة", "السيطرة", "سيطرته", "لسيطرة"],
  ["التحالف", "للتحالف"],
  ["التنظيم", "تنظيم", "للتنظيم", "لتنظيم"],
  ["المنطقة", "منطقة"],
  ["مناطق", "المناطق"],
  ["العراق", "والعراق"],
  ["سوريا", "وسوريا"],
  ["السوري", "السورية", "السوريين"],
  ["الأراضي", "أراضي", "أراضيه", "أراضيها"],
  ["البريطاني", "البريطانية"],
  ["الأميركي", "أميركي", "أميركيون"],
  ["الخسائر", "خسائر", "خسائره"],
  ["المخيمات", "مخيمات"],
  ["الطائرات", "طائرات", "وطائرات"],
  ["المعركة", "معركة"],
  ["الجيب", "جيب"],
  ["قرية", "قريتين"],
  ["بلدة", "بلدات"],
  ["العائلات", "عائلات"],
  ["القائد", "قائد"],
  ["مليشيا", "بمليشيات", "والمليشيات"],
  ["المسؤول", "مسؤولون"],
  ["العسكرية", "العسكري"],
  ["الميدانية", "ميداني"],
  ["قال", "وقال"],
  ["يعتقد", "ويعتقد"],
  ["سيطر", "وسيطر"],
  ["القتال", "بالقتال"],
  ["الأكراد", "للأكراد"],
  ["الحدود", "حدود"],
];

/** More news vocabulary in the same style (not from the seeds). */
const NEWS_GROUPS: string[][] = [
  ["الحكومة", "حكومة", "والحكومة", "بالحكومة", "حكومتها", "للحكومة"],
  ["الوزير", "وزير", "والوزير", "للوزير"],
  ["وزارة", "الوزارة", "بالوزارة"],
  ["الجنود", "جنود", "والجنود"],
  ["اللاجئين", "لاجئون", "اللاجئون", "للاجئين"],
  ["المتظاهرين", "متظاهرون", "المتظاهرون", "للمتظاهرين"],
  ["الانتخابات", "انتخابات", "بالانتخابات"],
  ["المفاوضات", "مفاوضات", "والمفاوضات"],
  ["المدينة", "مدينة", "مدينتهم", "بالمدينة"],
  ["الصحفيين", "صحفي", "الصحفيون"],
  ["الرئاسية", "رئاسي", "الرئاسي"],
  ["المعارضة", "معارضة", "والمعارضة", "للمعارضة"],
  ["أطفال", "الأطفال", "والأطفال", "للأطفال"],
  ["الضحايا", "ضحايا"],
  ["الاحتجاجات", "احتجاجات"],
];

/** Held out from the preposition-host lexicon (lexicon/stems.ts): bare ب/ل before other nouns. */
const HELD_OUT_GROUPS: string[][] = [
  ["صواريخ", "بصواريخ", "الصواريخ"],
  ["مروحيات", "بمروحيات", "المروحيات"],
  ["سيارة", "بسيارة", "السيارة", "سيارتهم"],
  ["مستشفى", "لمستشفى", "المستشفى"],
  ["الأسلحة", "بأسلحة", "أسلحة"],
  ["محكمة", "لمحكمة", "المحكمة"],
];

/** Different words that a stemmer must not conflate. */
const APART: Array<[string, string]> = [
  ["مدنيين", "مدن"],
  ["وزير", "زير"],
  ["بالي", "بال"],
  ["عمان", "عم"],
  ["لبنان", "لبن"],
  ["سبعين", "سبع"],
  ["عشرين", "عشر"],
  ["ستين", "ست"],
  ["البحرين", "بحر"],
  ["الأمم", "أم"],
  ["كانون", "كان"],
  ["غارات", "غار"],
  ["وصف", "صف"],
  ["وعد", "عد"],
  ["ورد", "رد"],
  ["فقد", "قد"],
  ["كتاب", "تاب"],
  ["بحث", "حث"],
  ["بعد", "عد"],
  ["بيان", "بين"],
  ["سوريا", "سوري"],
  ["عفرين", "عفر"],
  ["والي", "الي"],
  ["وزارة", "زار"],
  ["وكالة", "كالة"],
  ["مدنية", "مدن"],
];

type Score = { meet: number; apart: number; f1: number; meetPairs: number; apartPairs: number; merged: string[] };

function score(stemmer: (w: string) => string): Score {
  const groups = [...SEED_GROUPS, ...NEWS_GROUPS, ...HELD_OUT_GROUPS];
  let meet = 0;
  let meetPairs = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        meetPairs++;
        if (stemmer(g[i]!) === stemmer(g[j]!)) meet++;
      }
  }
  let apart = 0;
  let apartPairs = 0;
  const merged: string[] = [];
  for (const [a, b] of APART) {
    apartPairs++;
    if (stemmer(a) !== stemmer(b)) apart++;
    else merged.push(`${a}=${b}`);
  }
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++)
      for (const a of groups[i]!)
        for (const b of groups[j]!) {
          apartPairs++;
          if (stemmer(a) !== stemmer(b)) apart++;
          else merged.push(`${a}=${b}`);
        }
  const m = meet / meetPairs;
  const a = apart / apartPairs;
  return { meet: m, apart: a, f1: (2 * m * a) / (m + a), meetPairs, apartPairs, merged };
}

const fmt = (s: Score) =>
  `must-meet ${(100 * s.meet).toFixed(1)}% of ${s.meetPairs} pairs, kept apart ${(100 * s.apart).toFixed(2)}% of ${s.apartPairs} pairs, F1 ${(100 * s.f1).toFixed(1)}%`;

describe("conflation on news vocabulary: ours vs Snowball Arabic", () => {
  it("the seed groups come from the seeds' vocabulary", () => {
    const dir = new URL("../../../../seeds/", import.meta.url);
    const vocab = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      for (const w of foldForMatch(readFileSync(new URL(f, dir), "utf8")).split(/[^\u0621-\u064a]+/u)) vocab.add(w);
    }
    const words = SEED_GROUPS.flat();
    const found = words.filter((w) => vocab.has(foldForMatch(w)));
    console.log(`conflation: ${found.length}/${words.length} seed-group words occur in the seeds`);
    expect(found.length / words.length).toBeGreaterThan(0.9);
  });

  it("ours conflates better than Snowball (F1 of must-meet and keep-apart rates)", () => {
    const sb = snowball.newStemmer("arabic");
    const ours = score(stem);
    const theirs = score((w) => sb.stem(foldForMatch(w)));
    const theirsRaw = score((w) => sb.stem(w));
    console.log(`conflation ours:     ${fmt(ours)}`);
    console.log(`conflation ours wrongly merged: ${ours.merged.join(" ")}`);
    console.log(`conflation snowball: ${fmt(theirs)} (input folded like ours)`);
    console.log(`conflation snowball: ${fmt(theirsRaw)} (raw input)`);
    expect(ours.f1).toBeGreaterThan(theirs.f1);
    expect(ours.f1).toBeGreaterThan(theirsRaw.f1);
    expect(ours.meet).toBeGreaterThan(0.8);
    expect(ours.apart).toBeGreaterThan(0.99);
  });
});
