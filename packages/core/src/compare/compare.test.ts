// compareClaims and summarizeStory on hand-made multi-outlet stories (claims written for isnad, in the style of
// Arabic news copy, with speakers, figures and denials as extraction gives them).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, type Claim, Cluster, Story } from "#schema/index.ts";
import { CANDIDATES_PER_CLAIM, candidatePairs } from "./candidates.ts";
import { sameVoices, unitOf, voiceOf } from "./cluster.ts";
import { buildFeatures, type ClaimFeatures } from "./features.ts";
import { fixtureArticle } from "./fixtures/build.ts";
import type { FixtureClaim } from "./fixtures/pairs.ts";
import { PAIRS } from "./fixtures/pairs.ts";
import { type CompareInput, compareClaims, summarizeStory } from "./index.ts";
import { scorePair, storyContext, timesAgree, WEIGHTS } from "./score.ts";

function story(outlets: Record<string, FixtureClaim[]>): CompareInput & { byText: Map<string, Claim> } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [outlet, list] of Object.entries(outlets)) {
    const built = fixtureArticle(outlet, list, outlet);
    articles.push(built.article);
    claims.push(...built.claims);
  }
  return { articles, claims, entities: [], byText: new Map(claims.map((c) => [c.text, c])) };
}

/** The multi-article cluster holding the claim whose text starts with `prefix`. */
function clusterOf(clusters: readonly Cluster[], input: { claims: readonly Claim[] }, prefix: string): Cluster {
  const claim = input.claims.find((c) => c.text.startsWith(prefix));
  if (!claim) throw new Error(`no claim starting with ${prefix}`);
  const found = clusters.find((k) => k.articleCount > 1 && k.claimIds.includes(claim.id));
  if (!found) throw new Error(`claim «${prefix}» is in no multi-article cluster`);
  return found;
}

const spokesmanTweet = (outlet: string): FixtureClaim => ({
  text: `وقال المتحدث باسم الجيش العقيد سامر حداد في تغريدة إن القوات سيطرت على الجسر الرئيسي في المدينة${outlet === "الثالثة" ? " بعد اشتباكات" : ""}.`,
  speaker: "سامر حداد",
});

const siege = story({
  الأولى: [
    spokesmanTweet("الأولى"),
    {
      text: "ويقدر مسؤولون عدد المسلحين المتحصنين في الأحياء القديمة بنحو 600 مسلح.",
      speaker: "مسؤولون",
      quantities: [{ text: "نحو 600 مسلح", value: 600, approx: true, unit: "person", subject: "مسلح" }],
    },
    {
      text: "وتراجعت مساحة سيطرة المسلحين إلى أقل من 5 كيلومترات مربعة وسط المدينة القديمة.",
      quantities: [{ text: "أقل من 5 كيلومترات مربعة", max: 5, unit: "km2" }],
    },
    {
      text: "وأفادت مصادر طبية بأن مستشفى المدينة الوحيد توقف عن العمل بسبب نفاد الوقود.",
      speaker: "مصادر طبية",
    },
  ],
  الثانية: [
    spokesmanTweet("الثانية"),
    {
      text: "وقالت مصادر ميدانية إن نحو ألف مسلح ما زالوا متحصنين داخل الأحياء القديمة.",
      speaker: "مصادر ميدانية",
      quantities: [{ text: "نحو ألف مسلح", value: 1000, approx: true, unit: "person", subject: "مسلح" }],
    },
    {
      text: "ونفى الجيش استهداف مستشفى المدينة بالقصف المدفعي.",
      speaker: "الجيش",
      stance: "denies",
    },
  ],
  الثالثة: [
    spokesmanTweet("الثالثة"),
    {
      text: "وباتت سيطرة المسلحين تقتصر على نحو كيلومتر مربع واحد وسط المدينة القديمة.",
      quantities: [{ text: "نحو كيلومتر مربع واحد", value: 1, approx: true, unit: "km2" }],
    },
    {
      text: "وقال ناشطون إن القصف المدفعي للجيش استهدف مستشفى المدينة صباح اليوم.",
      speaker: "ناشطون",
    },
    {
      text: "وتعهد المحافظ بإعادة فتح المدارس في الأحياء المحررة مطلع العام الدراسي المقبل.",
      speaker: "المحافظ",
    },
  ],
  الرابعة: [
    {
      text: "وأكد المرصد الحقوقي أن القوات سيطرت على الجسر الرئيسي الذي يربط شطري المدينة.",
      speaker: "المرصد الحقوقي",
    },
  ],
});

describe("compareClaims on a hand-made siege story", () => {
  const clusters = compareClaims(siege);

  it("puts every claim in at least one cluster and gives lone claims a single-source cluster", () => {
    const covered = new Set(clusters.flatMap((c) => c.claimIds));
    for (const c of siege.claims) expect(covered.has(c.id)).toBe(true);
    const governor = siege.claims.find((c) => c.text.includes("المحافظ")) as Claim;
    const own = clusters.filter((k) => k.claimIds.includes(governor.id));
    expect(own).toHaveLength(1);
    expect(own[0]?.relation).toBe("single-source");
    expect(own[0]?.articleCount).toBe(1);
  });

  it("counts three outlets repeating one spokesman's tweet as one primary source, a second speaker as another", () => {
    const k = clusterOf(clusters, siege, "وقال المتحدث باسم الجيش");
    expect(k.relation).toBe("corroborates");
    expect(k.articleCount).toBe(4);
    expect(k.independentSources).toBe(2);
    const primaries = new Set(k.chains.map((c) => c.primary));
    expect(primaries.size).toBe(2);
    expect(k.chains.map((c) => c.outlet).sort()).toEqual(["الأولى", "الثالثة", "الثانية", "الرابعة"].sort());
    expect(k.evidence.some((e) => e.signal === "speaker" && e.detail.includes("سامر حداد"))).toBe(true);
  });

  it("flags 600 vs about 1000 fighters as a conflict, with both figures and an explanation", () => {
    const k = clusterOf(clusters, siege, "ويقدر مسؤولون");
    expect(k.relation).toBe("conflicts");
    const texts = k.figures.map((f) => f.quantity.text).sort();
    expect(texts).toEqual(["نحو 600 مسلح", "نحو ألف مسلح"].sort());
    expect(new Set(k.figures.map((f) => f.outlet))).toEqual(new Set(["الأولى", "الثانية"]));
    const fig = k.evidence.find((e) => e.signal === "figures");
    expect(fig?.detail).toContain("do not overlap");
    expect(k.topic).toContain("مسلح");
  });

  it("calls under 5 km² and about 1 km² compatible, not a conflict", () => {
    const k = clusterOf(clusters, siege, "وتراجعت مساحة");
    expect(k.relation).toBe("compatible");
    expect(k.figures).toHaveLength(2);
  });

  it("flags a denial of what another outlet reports as a conflict", () => {
    const k = clusterOf(clusters, siege, "ونفى الجيش");
    expect(k.relation).toBe("conflicts");
    expect(k.evidence.find((e) => e.signal === "negation")?.detail).toContain("نفى");
    expect(k.claimIds).toContain(siege.claims.find((c) => c.text.startsWith("وقال ناشطون"))?.id);
  });

  it("keeps unrelated claims about the same city apart", () => {
    const hospitalFuel = siege.claims.find((c) => c.text.includes("نفاد الوقود")) as Claim;
    const bridge = clusterOf(clusters, siege, "وقال المتحدث باسم الجيش");
    expect(bridge.claimIds).not.toContain(hospitalFuel.id);
  });

  it("is deterministic: same ids whatever the input order", () => {
    const again = compareClaims({ ...siege, claims: [...siege.claims].reverse() });
    const ids = (cs: readonly Cluster[]) => cs.map((c) => `${c.id}:${c.relation}`).sort();
    expect(ids(again)).toEqual(ids(clusters));
  });

  it("explains every multi-article cluster with weighted evidence and one chain per claim", () => {
    for (const k of clusters.filter((c) => c.articleCount > 1)) {
      expect(k.evidence.length).toBeGreaterThan(0);
      for (const e of k.evidence) {
        expect(Number.isFinite(e.weight)).toBe(true);
        expect(e.detail.length).toBeGreaterThan(0);
      }
      expect(k.chains).toHaveLength(k.claimIds.length);
      expect(k.topic.length).toBeGreaterThan(0);
    }
  });
});

describe("shared wording and scope", () => {
  const wire = "أعلنت وزارة الصحة ارتفاع حصيلة ضحايا انهيار المبنى السكني في حي الميناء إلى 14 قتيلا بينهم أربعة أطفال";
  const input = story({
    أ: [{ text: `${wire}.`, quantities: [{ text: "14 قتيلا", value: 14, unit: "person", subject: "قتيل" }] }],
    ب: [
      {
        text: `${wire}، وفق حصيلة أولية.`,
        quantities: [{ text: "14 قتيلا", value: 14, unit: "person", subject: "قتيل" }],
      },
    ],
    ج: [
      {
        text: `${wire} مساء الثلاثاء.`,
        quantities: [{ text: "14 قتيلا", value: 14, unit: "person", subject: "قتيل" }],
      },
      {
        text: "ونزح أكثر من 12 ألف شخص بسبب السيول في المحافظة منذ مطلع الشهر الجاري.",
        quantities: [{ text: "أكثر من 12 ألف شخص", min: 12000, unit: "person", subject: "نازح" }],
      },
    ],
    د: [
      {
        text: "ونزح نحو ثلاثة آلاف شخص بسبب السيول في المحافظة خلال الساعات الثماني والأربعين الأخيرة.",
        quantities: [{ text: "نحو ثلاثة آلاف شخص", value: 3000, approx: true, unit: "person", subject: "نازح" }],
      },
    ],
  });
  const clusters = compareClaims(input);

  it("treats near-identical sentences with no agency named as one shared wire source", () => {
    const k = clusterOf(clusters, input, "أعلنت وزارة الصحة");
    expect(k.articleCount).toBe(3);
    expect(k.independentSources).toBe(1);
    expect(k.evidence.find((e) => e.signal === "wording")?.detail).toContain("no agency named");
  });

  it("labels figures over different periods as such instead of calling them a conflict", () => {
    const a = input.claims.find((c) => c.text.includes("12 ألف")) as Claim;
    for (const k of clusters.filter((c) => c.claimIds.includes(a.id))) {
      expect(k.relation).not.toBe("conflicts");
      if (k.articleCount > 1) expect(k.note ?? "").toContain("different times or scopes");
    }
  });
});

describe("outlets that all repeat one body", () => {
  // four outlets, one source: two run a headline of their own over the body's words, one quotes a branch of it
  const articles = [
    "31 مهاجرا بين قتيل ومفقود بعد انقلاب مركب قبالة تونس\n\nأعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين اليوم الأحد أن 31 مهاجرا، بينهم ثلاثة أطفال، لقوا حتفهم أو فقدوا بعد انقلاب مركب خشبي كان يقل 40 شخصا قبالة تونس.",
    "وفاة 31 مهاجراً في غرق مركب قبالة السواحل التونسية\n\nأعلن مكتب تونس للمفوضية السامية للأمم المتحدة لشؤون اللاجئين اليوم الأحد عن وفاة أو فقدان ما لا يقل عن 31 مهاجرا، بينهم ثلاثة أطفال، إثر انقلاب مركب خشبي كان يقل 40 شخصا.",
    "أفادت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، اليوم الأحد، بأن 31 مهاجراً، بينهم ثلاثة أطفال، لقوا حتفهم أو فُقدوا إثر انقلاب مركب خشبي كان يقل 40 شخصاً قبالة تونس.",
    "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن 31 مهاجراً بينهم ثلاثة أطفال لقوا حتفهم أو فقدوا بعد غرق مركب كان يقل 40 شخصاً قبالة تونس.",
  ];
  const toll = async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze(articles.map((text, k) => ({ source: `${k}.txt`, text })));
    const k = a.clusters.find(
      (c) => c.articleCount === 4 && c.claimIds.some((id) => a.claims.find((x) => x.id === id)?.text.includes("31")),
    );
    if (!k) throw new Error("the toll is in no cluster of the four outlets");
    return k;
  };

  it("count one independent source: headlines restate their body's source, a branch speaks for its body", async () => {
    const k = await toll();
    expect(k.chains.some((c) => c.speaker === null)).toBe(true);
    expect(k.independentSources).toBe(1);
  });

  it("know a unit of a body by the body it names after «ل», and no other body sharing a word", () => {
    expect(unitOf("فرع روما للمنظمة الدولية للهجرة", "المنظمة الدولية للهجرة")).toBe(true);
    expect(unitOf("المكتب الإعلامي لحركة حماس", "حركة حماس")).toBe(true);
    expect(unitOf("مكتب تونس للمفوضية السامية", "مفوضية الأمم المتحدة السامية لشؤون اللاجئين")).toBe(true);
    expect(unitOf("مكتب تونس للمفوضية السامية", "المفوضية الأوروبية")).toBe(false);
    expect(unitOf("المنظمة الدولية للهجرة", "فرع روما للمنظمة الدولية للهجرة")).toBe(false);
    expect(unitOf("وزارة الصحة", "الهجرة")).toBe(false);
  });

  it("know one voice under several names, and join no name that fits two bodies", () => {
    const pairs = (...vs: [string, string | null][]) =>
      sameVoices(vs.map(([name, role], k) => voiceOf(name, role, `p${k}`))).map((p) => [...p].sort().join("~"));
    // a spokesman and the government he speaks for; two spokesmen of one body
    expect(pairs(["ذبيح الله مجاهد", "المتحدث باسم الحكومة"], ["حكومة طالبان", null])).toContain("p0~p1");
    expect(
      pairs(["ذبيح الله مجاهد", "المتحدث باسم الحكومة"], ["حمد الله فطرت", "نائب المتحدث باسم الحكومة"]),
    ).toContain("p0~p1");
    // a name and its fuller form
    expect(pairs(["حركة النهضة", null], ["حركة النهضة التونسية", null])).toContain("p0~p1");
    // two armies, and a bare ministry beside two countries' ministries
    expect(pairs(["الجيش الإسرائيلي", null], ["الجيش اللبناني", null])).toEqual([]);
    expect(pairs(["وزارة الصحة", null], ["وزارة الصحة الفلسطينية", null], ["وزارة الصحة الإسرائيلية", null])).toEqual(
      [],
    );
  });

  it("read «ما لا يقل عن 31» as a bound that agrees, not a negation that disputes", async () => {
    expect((await toll()).relation).toBe("corroborates");
  });
});

describe("two givers' sums", () => {
  const input = story({
    أ: [
      {
        text: "وأعلنت الحكومة الفرنسية تقديم مساعدات عاجلة بقيمة خمسة ملايين يورو لمنكوبي الفيضانات في الإقليم.",
        speaker: "الحكومة الفرنسية",
        quantities: [{ text: "خمسة ملايين يورو", value: 5e6, unit: "eur", kind: "money" }],
      },
    ],
    ب: [
      {
        text: "وتعهدت الحكومة الألمانية بتقديم مساعدات عاجلة بقيمة مليوني يورو لمنكوبي الفيضانات في الإقليم.",
        speaker: "الحكومة الألمانية",
        quantities: [{ text: "مليوني يورو", value: 2e6, unit: "eur", kind: "money" }],
      },
    ],
  });
  const clusters = compareClaims(input);

  it("are no dispute, and the cluster says why", () => {
    const k = clusterOf(clusters, input, "وأعلنت الحكومة الفرنسية");
    expect(k.articleCount).toBe(2);
    expect(k.relation).not.toBe("conflicts");
    const why = k.evidence.find((e) => e.signal === "figures")?.detail ?? "";
    expect(why).toContain("its own speaker gives or cuts");
    expect(k.note ?? "").toContain("its own speaker");
  });
});

describe("chains through a named agency", () => {
  const text = (tail: string) =>
    `وأعلنت السلطات فرض حظر تجول شامل في العاصمة اعتباراً من مساء الجمعة ولمدة أسبوع${tail}.`;
  const input = story({
    هـ: [{ text: text(""), via: ["رويترز"] }],
    و: [{ text: text(" بعد مواجهات في عدة أحياء"), via: ["رويترز"] }],
    ز: [{ text: "وقالت مصادر محلية إن السلطات فرضت حظر تجول شامل في العاصمة لمدة أسبوع.", speaker: "مصادر محلية" }],
  });
  const clusters = compareClaims(input);

  it("counts outlets relaying the same agency once, and an independent local source apart", () => {
    const k = clusterOf(clusters, input, "وأعلنت السلطات");
    expect(k.articleCount).toBe(3);
    expect(k.independentSources).toBe(2);
    const viaChains = k.chains.filter((c) => c.via.includes("رويترز"));
    expect(viaChains).toHaveLength(2);
    expect(new Set(viaChains.map((c) => c.primary)).size).toBe(1);
  });
});

describe("a sentence carrying two propositions", () => {
  const input = story({
    أ: [
      {
        text: "وقال المتحدث إن القوات أجلت أكثر من 20 ألف مدني من البلدة، وإن المعركة النهائية لطرد المسلحين ستبدأ الليلة.",
        speaker: "المتحدث",
        quantities: [{ text: "أكثر من 20 ألف مدني", min: 20000, unit: "person", subject: "مدني" }],
      },
    ],
    ب: [
      {
        text: "وجرى إجلاء نحو 20 ألف مدني من البلدة قبل الهجوم.",
        quantities: [{ text: "نحو 20 ألف مدني", value: 20000, approx: true, unit: "person", subject: "مدني" }],
      },
      { text: "وقال قائد ميداني إن المعركة النهائية لطرد المسلحين تنطلق الليلة.", speaker: "قائد ميداني" },
    ],
    ج: [
      {
        text: "وأعلنت القوات إجلاء أكثر من 20 ألف مدني من البلدة.",
        quantities: [{ text: "أكثر من 20 ألف مدني", min: 20000, unit: "person", subject: "مدني" }],
      },
      { text: "وستبدأ المعركة النهائية لطرد المسلحين من البلدة الليلة، بحسب القوات.", speaker: "القوات" },
    ],
  });
  const clusters = compareClaims(input);

  it("joins both clusters instead of fusing the two propositions", () => {
    const both = input.claims.find((c) => c.text.startsWith("وقال المتحدث")) as Claim;
    const mine = clusters.filter((k) => k.articleCount > 1 && k.claimIds.includes(both.id));
    expect(mine.length).toBe(2);
    const evac = clusterOf(clusters, input, "وجرى إجلاء");
    const battle = clusterOf(clusters, input, "وقال قائد ميداني");
    expect(evac.id).not.toBe(battle.id);
    expect(evac.relation).toBe("corroborates");
  });
});

describe("any mix of claims", () => {
  const pool: FixtureClaim[] = [...new Map(PAIRS.flatMap((p) => [p.a, p.b]).map((c) => [c.text, c])).values()];

  it("yields schema-valid clusters covering every claim once at least, with unique ids, and a valid story", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (outlets) => {
          const input = story(
            Object.fromEntries(
              outlets.map((picks, k) => [`o${k}`, [...new Set(picks)].map((i) => pool[i] as FixtureClaim)]),
            ),
          );
          const clusters = compareClaims(input);
          for (const c of clusters) Cluster.parse(c);
          expect(new Set(clusters.map((c) => c.id)).size).toBe(clusters.length);
          const covered = new Set(clusters.flatMap((c) => c.claimIds));
          for (const c of input.claims) expect(covered.has(c.id)).toBe(true);
          for (const c of clusters) {
            expect(c.chains).toHaveLength(c.claimIds.length);
            expect(c.independentSources).toBeGreaterThanOrEqual(1);
            expect(c.independentSources).toBeLessThanOrEqual(c.claimIds.length);
            if (c.relation === "single-source") expect(c.articleCount).toBe(1);
            else expect(c.articleCount).toBeGreaterThanOrEqual(2);
          }
          Story.parse(summarizeStory({ id: "s", title: "t" }, { ...input, clusters }));
        },
      ),
      { numRuns: 60, seed: 2019 },
    );
  });
});

describe("edge cases", () => {
  it("returns no clusters for no claims", () => {
    expect(compareClaims({ articles: [], claims: [], entities: [] })).toEqual([]);
  });

  it("copes with claims whose article is missing and with a repeated claim id", () => {
    const built = fixtureArticle("x", [{ text: "وقال شاهد إن الانفجار وقع قرب السوق المركزي.", speaker: "شاهد" }]);
    const claim = built.claims[0] as Claim;
    const clusters = compareClaims({ articles: [], claims: [claim, claim], entities: [] });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.chains[0]?.outlet).toBeNull();
  });

  it("keeps candidate generation bounded per claim (sub-quadratic)", () => {
    const many: FixtureClaim[] = Array.from({ length: 400 }, (_, i) => ({
      text: `وقالت مصادر إن القوات تقدمت في الحي رقم ${i} وسط اشتباكات متقطعة مع المسلحين.`,
    }));
    const articles: Article[] = [];
    const claims: Claim[] = [];
    many.forEach((c, i) => {
      const b = fixtureArticle(`m${i}`, [c]);
      articles.push(b.article);
      claims.push(...b.claims);
    });
    const { features } = buildFeatures(claims, articles);
    const pairs = candidatePairs(features);
    expect(pairs.length).toBeLessThanOrEqual(claims.length * CANDIDATES_PER_CLAIM);
    expect(pairs.length).toBeLessThan((claims.length * (claims.length - 1)) / 2 / 4);
  });
});

describe("summarizeStory", () => {
  const clusters = compareClaims(siege);
  const dated = siege.claims.map((c, i) =>
    i < 3 ? { ...c, time: { start: c.start, end: c.start, text: "", date: `2024-03-0${3 - i}`, relative: null } } : c,
  );
  const storyView = summarizeStory({ id: "siege", title: "حصار المدينة" }, { ...siege, claims: dated, clusters });

  it("lists outlets, claims and clusters by relation", () => {
    expect(storyView.outlets.sort()).toEqual(["الأولى", "الثالثة", "الثانية", "الرابعة"].sort());
    expect(storyView.claimCount).toBe(siege.claims.length);
    const total = Object.values(storyView.clustersByRelation).reduce((a, b) => a + b, 0);
    expect(total).toBe(clusters.length);
    expect(storyView.clustersByRelation.conflicts).toBeGreaterThanOrEqual(2);
  });

  it("shows top conflicts with both sides", () => {
    const fighters = storyView.topConflicts.find((c) => c.sides.some((s) => s.quantity.text === "نحو 600 مسلح"));
    expect(fighters?.sides.map((s) => s.quantity.text).sort()).toEqual(["نحو 600 مسلح", "نحو ألف مسلح"].sort());
  });

  it("lists single-source claims, speakers by number of claims, and a dated timeline", () => {
    const governor = siege.claims.find((c) => c.text.includes("المحافظ")) as Claim;
    expect(storyView.singleSourceClaimIds).toContain(governor.id);
    expect(storyView.speakers[0]?.name).toBe("سامر حداد");
    expect(storyView.speakers[0]?.claims).toBe(3);
    expect(storyView.timeline.map((t) => t.date)).toEqual(["2024-03-01", "2024-03-02", "2024-03-03"]);
  });
});

describe("a denial linked to what it denies", () => {
  it("is a conflict even when the denial restates few of the other claim's words", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "وأعلنت الشرطة المحلية توقيف سائق الشاحنة التي اصطدمت بالحافلة المدرسية صباح الأربعاء.\nوقال المتحدث باسم الشرطة إن التحقيقات جارية لمعرفة ملابسات الحادث.",
      },
      {
        source: "b.txt",
        text: "ونفت الشرطة المحلية ما تداولته صفحات التواصل عن القبض على السائق، مؤكدة أنه ما زال فارا.\nوأصيب في الحادث 14 تلميذا نقلوا إلى المستشفى.",
      },
    ]);
    const denial = a.claims.find((c) => c.text.startsWith("ونفت الشرطة"));
    expect(denial?.stance).toBe("denies");
    const linked = a.clusters.filter((c) => c.articleCount > 1 && c.claimIds.includes(denial?.id ?? ""));
    expect(linked.length).toBeGreaterThan(0);
    for (const k of linked) expect(k.relation).toBe("conflicts");
  });
});

describe("«وهو ما نفاه X»: a denial of what was just said", () => {
  it("meets the accusation another outlet carries, and is a conflict", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "واتهمت الجبهة التركمانية أحزاباً كردية بنقل مئات العائلات إلى كركوك عشية التعداد لتغيير تركيبتها السكانية.\nوقال محافظ المدينة إن العد جرى بهدوء.",
      },
      {
        source: "b.txt",
        text: "وتتهم قوى تركمانية أحزاباً كردية بنقل عائلات إلى كركوك قبيل التعداد لتغيير تركيبتها السكانية، وهو ما نفاه الحزب الديمقراطي الكردستاني.\nوأغلقت المدارس أبوابها يومي العد.",
      },
    ]);
    const denial = a.claims.find((c) => c.text.startsWith("وهو ما نفاه"));
    expect(denial?.speaker?.name).toBe("الحزب الديمقراطي الكردستاني");
    const k = a.clusters.find((c) => c.articleCount > 1 && c.claimIds.includes(denial?.id ?? ""));
    expect(k?.relation).toBe("conflicts");
  });
});

describe("death tolls written two ways", () => {
  it("«N أشخاص قتلوا» and «M قتيلا» measure the same dead: different tolls conflict", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "قال الهلال الأحمر إن 32 شخصا على الأقل قتلوا في انهيار المبنى السكني وسط المدينة مساء الجمعة.",
      },
      {
        source: "b.txt",
        text: "أعلنت وزارة الداخلية أن حصيلة انهيار المبنى السكني وسط المدينة بلغت 19 قتيلا.",
      },
    ]);
    const k = a.clusters.find((c) => c.articleCount > 1);
    expect(k?.relation).toBe("conflicts");
    expect(k?.figures.map((f) => f.quantity.text).sort()).toEqual(["19 قتيلا", "32 شخصا على الأقل"]);
  });

  it("«10 وفيات و251 إصابة» against «قضى 13 شخصا، فيما أصيب 260»: the deaths conflict, and each figure keeps its own predicate", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وأعلنت مديرية الأمن العام تسجيل 10 وفيات و251 إصابة جراء تسرب الغاز في الميناء." },
      { source: "b.txt", text: "وبحسب آخر حصيلة رسمية لتسرب الغاز في الميناء، قضى 13 شخصا فيما أصيب 260 آخرون." },
    ]);
    const k = a.clusters.find((c) => c.articleCount > 1);
    expect(k?.relation).toBe("conflicts");
    const texts = (k?.figures ?? []).map((f) => f.quantity.text);
    expect(texts.some((t) => t.includes("10"))).toBe(true);
  });

  it("«أصيب 260 شخصا» counts the wounded as firmly as «251 إصابة»: two tolls conflict in sentences sharing few words", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "ونقل إلى المستشفيات 260 شخصا أصيبوا جراء تسرب الغاز السام في الميناء." },
      { source: "b.txt", text: "وأعلنت مديرية الأمن العام في بيان تسجيل 251 إصابة بين العمال والسكان." },
    ]);
    const k = a.clusters.find((c) => c.articleCount > 1);
    expect(k?.relation).toBe("conflicts");
  });

  it("a toll dated to another year is another event's: «حريق عام 2009 أودى بحياة 57 شخصا» disputes nothing", async () => {
    const { analyze } = await import("#analyze.ts");
    const today = "ولقي 49 شخصا حتفهم في حريق مبنى سكني للعمال جنوب العاصمة.";
    const past = analyze([
      { source: "a.txt", text: today },
      { source: "b.txt", text: "ويعد الحريق الأسوأ منذ حريق خيمة عرس في الجهراء عام 2009 أودى بحياة 57 شخصا." },
    ]);
    expect(past.clusters.some((c) => c.relation === "conflicts")).toBe(false);
    // a year that starts a period («منذ أكتوبر 2023») does not date the figure to another event
    const since = analyze([
      { source: "a.txt", text: "وأعلنت وزارة الصحة أن 3823 شخصا قتلوا في الغارات منذ أكتوبر 2023." },
      { source: "b.txt", text: "وقالت وزارة الصحة إن الغارات أسفرت عن مقتل 3961 شخصا." },
    ]);
    expect(since.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("whoever died is counted among the dead: «وفاة 35 من حجاجها» disputes «حصيلة وفيات حجاجها 49»", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وكانت السلطات التونسية قد أعلنت وفاة 35 من حجاجها خلال الموسم." },
      { source: "b.txt", text: "ورفعت تونس لاحقا حصيلة وفيات حجاجها خلال الموسم إلى 49." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("«عدد حجاجها المتوفين بلغ 234» counts the dead the adjective names, not the pilgrims", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وأحصت إندونيسيا 183 وفاة بين حجاجها منذ بدء الموسم." },
      { source: "b.txt", text: "وأعلنت جاكرتا أن عدد حجاجها المتوفين منذ بداية الموسم بلغ 234." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("the wounded are not the dead: «أصيب 40 شخصا» does not conflict with «12 قتيلا»", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وأصيب 40 شخصا بجروح في انهيار المبنى السكني وسط المدينة مساء الجمعة." },
      { source: "b.txt", text: "وبلغت حصيلة انهيار المبنى السكني وسط المدينة 12 قتيلا مساء الجمعة." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
});

describe("a part against the whole", () => {
  it("a province «وحده» and the national toll are two scopes, not a conflict; the same toll by another count is", async () => {
    const { analyze } = await import("#analyze.ts");
    const national = "وأعلنت وزارة الداخلية مساء الأربعاء أن عدد قتلى الزلزال بلغ 2946 قتيلا في عموم البلاد.";
    const part = analyze([
      { source: "a.txt", text: national },
      { source: "b.txt", text: "وأوضحت وزارة الداخلية أن إقليم الحوز وحده سجل 1452 قتيلا جراء الزلزال." },
    ]);
    expect(part.clusters.some((c) => c.relation === "conflicts")).toBe(false);
    const whole = analyze([
      { source: "a.txt", text: national },
      { source: "b.txt", text: "وأعلنت وزارة الداخلية مساء الأربعاء أن عدد قتلى الزلزال بلغ 2497 قتيلا." },
    ]);
    expect(whole.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("«23 من الضحايا الهنود» counts some of the dead, not a second toll; «25 طناً من الغاز» is no part of anything", async () => {
    const { analyze } = await import("#analyze.ts");
    const some = analyze([
      { source: "a.txt", text: "وأعلنت السفارة الهندية أن 23 من ضحايا حريق المبنى السكني ينحدرون من ولاية كيرالا." },
      { source: "b.txt", text: "وأعلنت وزارة الداخلية أن حريق المبنى السكني أودى بحياة 50 شخصا من العمال الوافدين." },
    ]);
    expect(some.clusters.some((c) => c.relation === "conflicts")).toBe(false);
    const tons = analyze([
      { source: "a.txt", text: "وقال مدير الميناء إن الصهريج الذي سقط كان يحوي نحو 25 طنا من غاز الكلور." },
      { source: "b.txt", text: "وأوضح مسؤول في الميناء أن الصهريج الذي سقط كان يحوي ما يقارب 12 طنا من غاز الكلور." },
    ]);
    expect(tons.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("«دفن منهم 2100» counts part of the dead, not a second toll", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "وقالت وزارة الداخلية إن فرق الإغاثة انتشلت جثث قتلى الزلزال من تحت الأنقاض، دفن منهم 2100 قتيل.",
      },
      { source: "b.txt", text: "وقالت وزارة الداخلية إن عدد قتلى الزلزال بلغ 2946 قتيلا حتى مساء الأربعاء." },
    ]);
    expect(a.clusters.some((c) => c.articleCount > 1)).toBe(true);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });

  it("«4 مليارات دولار منها» is part of the loan named before it, not a rival figure for it", async () => {
    const { analyze } = await import("#analyze.ts");
    const whole = "وقال وزير المالية إن قيمة القرض المتفق عليه مع الصندوق تبلغ 12 مليار دولار.";
    const part = analyze([
      { source: "a.txt", text: whole },
      {
        source: "b.txt",
        text: "وأوضح وزير المالية أن قيمة القرض المتفق عليه مع الصندوق 4 مليارات دولار منها تصرف هذا العام.",
      },
    ]);
    expect(part.clusters.some((c) => c.articleCount > 1)).toBe(true);
    expect(part.clusters.some((c) => c.relation === "conflicts")).toBe(false);
    const rival = analyze([
      { source: "a.txt", text: whole },
      { source: "b.txt", text: "وأوضح وزير المالية أن قيمة القرض المتفق عليه مع الصندوق تبلغ 4 مليارات دولار." },
    ]);
    expect(rival.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });

  it("a total of several sources («من القرض والمنحة والودائع») is no rival to one of them", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وقال وزير المالية إن قيمة القرض المتفق عليه مع الصندوق تبلغ 12 مليار دولار." },
      {
        source: "b.txt",
        text: "وأوضح وزير المالية أن البلاد ستتلقى نحو 30 مليار دولار من القرض المتفق عليه مع الصندوق والمنحة الخليجية والودائع.",
      },
    ]);
    expect(a.clusters.some((c) => c.articleCount > 1)).toBe(true);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
});

describe("estimates", () => {
  it("a figure given as an estimate is approximate: «قدّرت الشبكة المشاركة بـ11.1%» fits an official 11.22%", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وقدّرت شبكة «رقيب» المستقلة نسبة المشاركة في الانتخابات البلدية بـ11.1 في المئة." },
      {
        source: "b.txt",
        text: "وأعلنت اللجنة العليا للانتخابات أن نسبة المشاركة في الانتخابات البلدية بلغت 11.22 في المئة.",
      },
    ]);
    const k = a.clusters.find((c) => c.articleCount > 1);
    expect(k).toBeDefined();
    expect(k?.relation).not.toBe("conflicts");
  });
});

describe("how far apart a disputed figure may be", () => {
  it("11,300 against 3,958 dead is a dispute; 480 thousand against 120 thousand children is another count", async () => {
    const { analyze } = await import("#analyze.ts");
    const toll = analyze([
      { source: "a.txt", text: "وأعلن الهلال الأحمر أن حصيلة الفيضانات في المدينة بلغت 11300 قتيل حتى مساء السبت." },
      { source: "b.txt", text: "وأعلنت الأمم المتحدة أن حصيلة الفيضانات في المدينة بلغت 3958 قتيلا حتى مساء السبت." },
    ]);
    expect(toll.clusters.some((c) => c.relation === "conflicts")).toBe(true);
    const children = analyze([
      {
        source: "a.txt",
        text: "وقالت الوزارة إن 480 ألف طفل تلقوا الجرعة الأولى من لقاح الحصبة في المحافظات الجنوبية.",
      },
      { source: "b.txt", text: "وتستهدف المرحلة الثالثة من حملة لقاح الحصبة في المحافظات الشمالية 120 ألف طفل." },
    ]);
    expect(children.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
});

describe("crowds that are not the same people", () => {
  it("«فرّ 300 ألف شخص», «يوزع الغذاء على 800 ألف شخص» and «700 ألف نسمة» are three different counts, no conflict", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "وقدّر برنامج الأغذية العالمي عدد الذين فروا من القتال في الولاية منذ الجمعة بنحو 300 ألف شخص.",
      },
      {
        source: "b.txt",
        text: "وأعلن برنامج الأغذية العالمي تعليق مساعداته في الولاية بعدما كان يوزع الغذاء على نحو 800 ألف شخص فيها.",
      },
      { source: "c.txt", text: "ويقدر عدد سكان عاصمة الولاية بنحو 700 ألف نسمة بحسب الأمم المتحدة." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
});

describe("rates over different periods", () => {
  it("monthly inflation and annual inflation are different rates, not a conflict", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وقال جهاز الإحصاء إن معدل التضخم الشهري في المدن سجل 11.4 بالمئة." },
      { source: "b.txt", text: "وقال جهاز الإحصاء إن معدل التضخم السنوي في المدن سجل نحو 36 بالمئة." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
});

describe("copies of one wire sentence", () => {
  it("agree: «وفق ما أفادت» and «ما زال» are no negations", async () => {
    const { analyze } = await import("#analyze.ts");
    const sentence = "أعلنت قوات المعارضة السبت سيطرتها على مطار المدينة بعد معارك استمرت ثلاثة أيام";
    const a = analyze([
      { source: "a.txt", text: `${sentence}.\nوقال سكان إن الطريق إلى العاصمة ما زال مقطوعا.` },
      {
        source: "b.txt",
        text: `${sentence}، وفق ما أفادت وكالة الأنباء الألمانية.\nوقال سكان إن الطريق إلى العاصمة ما زال مقطوعا.`,
      },
    ]);
    const linked = a.clusters.filter((c) => c.articleCount > 1);
    expect(linked.length).toBeGreaterThan(0);
    for (const k of linked) expect(k.relation).toBe("corroborates");
  });
});

describe("candidates written two ways", () => {
  it("«فوز 21 مرشحا» and «23 مترشحا حسموا مقاعدهم» dispute one count", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وأظهرت النتائج الأولية فوز 21 مرشحا منذ الدور الأول بحسب الهيئة." },
      { source: "b.txt", text: "وأضاف الناطق باسم الهيئة أن 23 مترشحا حسموا مقاعدهم منذ الدور الأول." },
    ]);
    expect(a.clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });
});

describe("counts of different things under one noun", () => {
  const relations = async (x: string, y: string) => {
    const { analyze } = await import("#analyze.ts");
    return analyze([
      { source: "a.txt", text: x },
      { source: "b.txt", text: y },
    ]).clusters.map((c) => c.relation);
  };

  it("an aim is not an achieved count: «تستهدف 200 ألف طفل» disputes no «446 ألف طفل تلقوا الجرعة»", async () => {
    const aim = "وتستهدف فرق التطعيم في المرحلة الحالية قرابة 200 ألف طفل في شمال القطاع.";
    const done = "وتلقى أكثر من 446 ألف طفل الجرعة الأولى من لقاح شلل الأطفال في المرحلة السابقة.";
    expect(await relations(aim, done)).not.toContain("conflicts");
    // two achieved counts of that size do dispute each other
    const other = "وتلقى نحو 200 ألف طفل الجرعة الأولى من لقاح شلل الأطفال في المرحلة السابقة.";
    expect(await relations(other, done)).toContain("conflicts");
  });

  it("«خلال الأيام الثلاثة الأولى» and «خلال الأيام العشرة الأولى» are spans of different lengths", async () => {
    const three = "وأعلنت الوكالة أنها طعّمت 87 ألف طفل في وسط القطاع خلال الأيام الثلاثة الأولى من الحملة.";
    const ten = "وقال ممثل المنظمة إن الفرق طعّمت خلال الأيام العشرة الأولى أكثر من 161 ألف طفل في وسط القطاع.";
    expect(await relations(three, ten)).not.toContain("conflicts");
    const alsoThree = "وقال ممثل المنظمة إن الفرق طعّمت خلال الأيام الثلاثة الأولى أكثر من 161 ألف طفل في وسط القطاع.";
    expect(await relations(three, alsoThree)).toContain("conflicts");
    // a dual and a singular: «في اليومين الأولين» is not «خلال اليوم الأول»
    const day = "وأعلنت الوكالة أنها طعّمت 87 ألف طفل في وسط القطاع خلال اليوم الأول من الحملة.";
    const twoDays = "وقال ممثل المنظمة إن الفرق طعّمت في اليومين الأولين أكثر من 161 ألف طفل في وسط القطاع.";
    expect(await relations(day, twoDays)).not.toContain("conflicts");
  });

  it("figures for compass regions with nothing in common count different places", async () => {
    const north = "وقالت السلطات إن 45 شخصا لقوا حتفهم جراء الفيضانات في شمال البلاد.";
    const south = "وقالت السلطات إن 30 شخصا لقوا حتفهم جراء الفيضانات في جنوب البلاد.";
    expect(await relations(north, south)).not.toContain("conflicts");
    const alsoNorth = "وقالت السلطات إن 30 شخصا لقوا حتفهم جراء الفيضانات في المناطق الشمالية للبلاد.";
    expect(await relations(north, alsoNorth)).toContain("conflicts");
  });
});

describe("stages of a campaign", () => {
  it("«في المرحلة الأولى» and «في مراحلها الثلاث» count different stages: two propositions, no dispute", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      { source: "a.txt", text: "وتلقى 120 ألف طفل لقاح شلل الأطفال في المرحلة الأولى بوسط القطاع، بحسب وزارة الصحة." },
      { source: "b.txt", text: "وأوضحت وزارة الصحة أن 120 ألف طفل تلقوا لقاح الشلل في المرحلة الأولى بوسط القطاع." },
      {
        source: "c.txt",
        text: "وتلقى 120 ألف طفل في وسط القطاع لقاح شلل الأطفال خلال المرحلة الأولى، وفق وزارة الصحة.",
      },
      {
        source: "d.txt",
        text: "وأعلنت المنظمة الدولية أن حملتها وصلت إلى أكثر من 300 ألف طفل دون العاشرة خلال المراحل الثلاث.",
      },
      {
        source: "e.txt",
        text: "وقالت المنظمة الدولية إن حملتها وصلت إلى أكثر من 300 ألف طفل دون العاشرة خلال المراحل الثلاث.",
      },
      {
        source: "f.txt",
        text: "وذكرت المنظمة الدولية أن الحملة وصلت إلى أكثر من 300 ألف طفل دون العاشرة في مراحلها الثلاث.",
      },
    ]);
    const multi = a.clusters.filter((c) => c.articleCount > 1);
    expect(multi.map((c) => c.relation)).toEqual(["corroborates", "corroborates"]);
    expect(multi.map((c) => c.articleCount)).toEqual([3, 3]);
  });

  it("never yields two clusters of one member set, even when two groups take in each other's members", async () => {
    const { analyze } = await import("#analyze.ts");
    const a = analyze([
      {
        source: "a.txt",
        text: "وتلقى 120 ألف طفل الجرعة الأولى من لقاح شلل الأطفال في المرحلة الأولى بوسط القطاع، وفق المنظمة.",
      },
      {
        source: "b.txt",
        text: "وتلقى نحو 120 ألف طفل الجرعة الأولى من لقاح الشلل في المرحلة الأولى بوسط القطاع. وتلقى أكثر من 300 ألف طفل الجرعة الأولى من لقاح الشلل خلال المراحل الثلاث في القطاع.",
      },
      {
        source: "c.txt",
        text: "وأعلنت المنظمة أن أكثر من 300 ألف طفل تلقوا الجرعة الأولى من لقاح شلل الأطفال خلال المراحل الثلاث للحملة في القطاع.",
      },
      {
        source: "d.txt",
        text: "وقالت المنظمة إن 120 ألف طفل تلقوا الجرعة الأولى من لقاح شلل الأطفال في المرحلة الأولى بوسط القطاع.",
      },
    ]);
    const ids = a.clusters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sets = a.clusters.filter((c) => c.claimIds.length > 1).map((c) => new Set(c.claimIds));
    for (const x of sets) for (const y of sets) if (x !== y) expect([...x].every((m) => y.has(m))).toBe(false);
  });
});

describe("times of day", () => {
  const analyzeTwo = async (x: string, y: string) => {
    const { analyze } = await import("#analyze.ts");
    return analyze([
      { source: "a.txt", text: x },
      { source: "b.txt", text: y },
    ]).clusters;
  };
  it("one event timed an hour apart by two outlets is a dispute", async () => {
    const clusters = await analyzeTwo(
      "ووقع الانفجار في المصفاة قرابة الساعة 16:15 بحسب شهود.",
      "وكان الانفجار في المصفاة قد وقع عند الساعة 17:15 وفق الدفاع المدني.",
    );
    expect(clusters.some((c) => c.relation === "conflicts")).toBe(true);
  });
  it("a timeline of different events hours apart disputes nothing", async () => {
    const clusters = await analyzeTwo(
      "وقالت مصادر أمنية إن الطائرة المسيرة أقلعت من القاعدة عند الساعة 23:30 ورصدت الحطام عند الساعة 02:40 فجراً.",
      "وبحسب التقرير، انطلق فريق الإنقاذ من العاصمة عند الساعة 5:30 صباحاً ووصل إلى موقع الحطام عند الساعة التاسعة.",
    );
    expect(clusters.some((c) => c.relation === "conflicts")).toBe(false);
  });
  it("agreeing on the hour of two different events adds little to a link (a third of a matching figure)", async () => {
    const clusters = await analyzeTwo(
      "وأفاد مصدر طبي بأن النيران انتشرت في أكثر من طابق في منتصف الليل، بينما كان المرضى نائمين.",
      "وأعلن الدفاع المدني قرابة منتصف الليل السيطرة على الحريق بعد إجلاء المرضى.",
    );
    const figures = clusters.flatMap((c) => c.evidence).find((e) => e.signal === "figures");
    expect(figures?.weight).toBeCloseTo(WEIGHTS.figureSame / 3, 3);
  });
});

describe("a figure dated to a year before the story's", () => {
  it("does not dispute an undated figure of the story with the same measure given for an earlier year", () => {
    const input = story({
      الأولى: [
        {
          text: "وجمعت الحكومة 9.5 مليار دولار من بيع حصة في شركة الموانئ الوطنية، بحسب بيان الشركة.",
          date: "2025-03-02",
          quantities: [{ text: "9.5 مليار دولار", value: 9.5e9, unit: "usd" }],
        },
      ],
      الثانية: [
        {
          text: "وجمعت الدولة 9.5 مليار دولار من بيع حصتها في شركة الموانئ الوطنية وفق البيان.",
          quantities: [{ text: "9.5 مليار دولار", value: 9.5e9, unit: "usd" }],
        },
      ],
      الثالثة: [
        {
          text: "وجمعت الحكومة من بيع حصة في شركة الموانئ الوطنية 9.5 مليار دولار.",
          date: "2025-03-02",
          quantities: [{ text: "9.5 مليار دولار", value: 9.5e9, unit: "usd" }],
        },
        {
          text: "وفي الطرح الأول عام 2019، جمعت الحكومة 21 مليار دولار من بيع حصة في شركة الموانئ الوطنية.",
          date: "2019",
          quantities: [{ text: "21 مليار دولار", value: 21e9, unit: "usd" }],
        },
      ],
    });
    const { features } = buildFeatures(input.claims, input.articles);
    const ctx = storyContext(features);
    const undated = features.find((f) => f.claim.text.startsWith("وجمعت الدولة")) as ClaimFeatures;
    const earlier = features.find((f) => f.claim.text.startsWith("وفي الطرح الأول")) as ClaimFeatures;
    const pair = scorePair(undated, earlier, ctx);
    expect(pair.time).toBe(-1);
    expect(pair.figureRelation).toBe("scope");
    expect(compareClaims(input).filter((c) => c.relation === "conflicts")).toEqual([]);
  });
});

describe("a figure dated to a year named relative to the article's date", () => {
  /** Two one-claim articles of one day, the first undated (read against the story's date). */
  const pairOf = (x: FixtureClaim, y: FixtureClaim) => {
    const input = story({ الأولى: [x], الثانية: [y] });
    const articles = input.articles.map((a, k) => (k === 1 ? { ...a, publishedAt: "2025-11-25" } : a));
    const { features } = buildFeatures(input.claims, articles);
    return scorePair(features[0] as ClaimFeatures, features[1] as ClaimFeatures, storyContext(features));
  };
  const deficit = (text: string, figure: string, value: number): FixtureClaim => ({
    text,
    date: "2025-11-25",
    quantities: [{ text: figure, value, unit: "dinar" }],
  });
  it("does not dispute the year's deficit with the next year's («العام المقبل» read against the date)", () => {
    const p = pairOf(
      deficit("وقدّرت وزارة المالية عجز الموازنة بنحو 140 مليار دينار.", "140 مليار دينار", 140e9),
      deficit("وتوقعت وزارة المالية أن يبلغ عجز الموازنة في العام المقبل 95 مليار دينار.", "95 مليار دينار", 95e9),
    );
    expect(p.time).toBe(1);
    expect(p.figureRelation).toBe("scope");
    expect(p.figures[0]?.scopeReason).toMatch(/year/u);
  });
  it("still disputes two tolls of one season when only one says «هذا العام»", () => {
    const toll = (text: string, figure: string, value: number, date?: string): FixtureClaim => ({
      text,
      ...(date ? { date } : {}),
      quantities: [{ text: figure, value, unit: "person", subject: "شخص" }],
    });
    const p = pairOf(
      toll("وبلغ عدد الوفيات بين الحجاج خلال الموسم 1119 شخصاً بحسب حصيلة الجمعة.", "1119 شخصاً", 1119, "2025-06-20"),
      toll("وأعلنت الوزارة أن 1301 شخص توفوا بين الحجاج خلال الموسم هذا العام.", "1301 شخص", 1301),
    );
    expect(p.figureRelation).toBe("conflict");
  });
});

describe("timesAgree: event times of two claims", () => {
  it("keeps a year and a day of that year apart from different times", () => {
    expect(timesAgree("2024-05-10", "2024-05-10")).toBe(1);
    expect(timesAgree("1962", "1962-11-11")).toBe(0);
    expect(timesAgree("2024-05", "2024-05-10")).toBe(0);
    expect(timesAgree("2024-05-10", "2024-05-11")).toBe(-1);
    expect(timesAgree("2023", "2024")).toBe(-1);
  });
  it("reads a day named without its year («يوم 14 أكتوبر» in an undated article) as that day of any year", () => {
    expect(timesAgree("date:--10-14", "2025-10-14")).toBe(1);
    expect(timesAgree("2025-10-14", "date:--10-14")).toBe(1);
    expect(timesAgree("date:--10-14", "2025-10-15")).toBe(-1);
  });
});
