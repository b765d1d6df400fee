// Quality on the held-out stories in evals/stories/ (each annotated by someone who never saw the code): the whole
// pipeline (analyze) scored with the shared gold scorer's rules (ports in extract/gold-score.ts and
// compare/gold-score.ts). Prints one row per story and the mean, and fails when the mean falls under floors set a
// little below what is reached, so a change that helps the seeds but hurts unseen news shows up here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "#analyze.ts";
import { type GoldFile as LinkGold, scoreAgainstGold as scoreLinks } from "#compare/gold-score.ts";
import { type GoldFile as ClaimGold, scoreAgainstGold as scoreClaims } from "#extract/gold-score.ts";
import type { ArticleInput } from "#schema/index.ts";

const STORIES = resolve(import.meta.dirname, "../../../evals/stories");

/**
 * Floors on the mean over the stories, measured when they were set (14 stories, 2026-11-23; six of them annotated at
 * the seeds' granularity): claims 0.99, speaker 0.89, figures 0.94, link F1 0.49, false conflicts 0.79 per story.
 * With Pylos and Tripoli added unseen (16 stories, 2026-12-05): 0.99, 0.88, 0.93, 0.50, 0.75.
 * Raised on 2026-12-06 at 0.99, 0.95, 0.94, 0.55, 0.44 per story, and 47 of the 78 gold disputes found (0.60).
 * With Ibn al-Khatib, Raisi and the Turkey–Syria quake added (19 stories, later on 2026-12-06): 0.99, 0.95, 0.95,
 * 0.53, 0.37 per story, 59 of 97 disputes (0.61); the figures floor is raised to match.
 * With the Lebanon pager explosions, the Ras El-Hekma deal and the Kerman bombings added (22 stories, Ras El-Hekma
 * never studied, 2026-12-06): 0.99, 0.97, 0.98, 0.51, 0.41 per story, 67 of 114 disputes (0.59); the speaker,
 * figures and false-conflict floors are raised to match.
 * With Algeria's 2024 election, Aramco's 2024 share sale and the 2024 fall of Suez Canal revenue added unseen (25
 * stories, three of them economic or electoral, first measured late on 2026-12-06): 0.99, 0.95, 0.97, 0.49, 0.72 per
 * story; the link and false-conflict floors are lowered to what stories unlike the casualty ones give.
 * With the January 2025 Gaza ceasefire, the Lampedusa arrivals of 2023 and Riad Salameh's arrest added as well (28
 * stories; Ras El-Hekma and Salameh never studied), after the round of work on the five new studied stories: 0.99,
 * 0.945, 0.966, 0.48, 0.68 per story, 55% of the disputes.
 * With Sudan's 2024 cholera outbreak, the Sounion tanker attack and Ghannouchi's sentencing added (31 stories, end
 * of 2026-12-06): 0.989, 0.937, 0.967, 0.471, 0.74 per story, 54% of the disputes.
 * With the Beirut-port judicial standoff of 2023, the UAE floods of 2024, Lebanon's 2025 presidential vote and the
 * ICJ's January 2024 order added unseen (35 stories, first measured on 2026-12-07; the ICJ order sealed, never
 * studied): 0.989, 0.914, 0.964, 0.456, 0.86 per story, 53% of the disputes. Two court stories and an election pull
 * the speaker and link floors down to what unseen stories of those kinds give.
 * After a round of work on three of them, with Libya's 2024 central-bank crisis and Jordan's 2024 election added
 * unseen (37 stories; Jordan sealed as well, later on 2026-12-07): 0.987, 0.92, 0.965, 0.452, 0.87 per story, 54%
 * of the disputes. At the end of that round: 0.987, 0.927, 0.965, 0.454, 0.84 per story, 54%.
 * With Iraq's 2024 census, the 2024 Wadi Kabir mosque shooting in Muscat and the April 2025 attack on Zamzam camp
 * added unseen (40 stories, first measured on 2026-12-07; Zamzam sealed): 0.988, 0.92, 0.966, 0.445, 0.85 per story,
 * 53% of the disputes. The link floor follows what these unseen stories give.
 * With Saydnaya prison's opening (December 2024) and Algeria's July 2023 wildfires added unseen (42 stories, later on
 * 2026-12-07, after a round of extraction work on the others): 0.988, 0.931, 0.965, 0.442, 0.905 per story, 52% of
 * the disputes; the false-conflict ceiling follows (Algeria's fires: four, on tolls the annotator reads as rival
 * counts of one scope). At the end of that round: 0.988, 0.935, 0.965, 0.444, 0.88 per story, 52% of the disputes;
 * the speaker floor and the false-conflict ceiling follow.
 * With Kuwait's suspended parliament, Saudi Arabia's 2025 budget, the Arbaat dam, Egypt's 38% inflation, the Hodeidah
 * floods and the Rubymar added (48 stories, the Rubymar sealed), at the end of that round: 0.987, 0.933, 0.973,
 * 0.441, 1.04 per story, 51% of the disputes; the link floor and the false-conflict ceiling follow.
 * With the Damascus consulate strike, Iraq's 2023 provincial vote, the Sfax migrants of 2023 and the Asir bus crash
 * added unseen (52 stories, 2026-12-07; Asir sealed). At first sight with that day's last-round start code: speaker
 * 0.845, 0.856, 0.938 (Asir 0.835), figures 0.852, 0.965, 0.965 (0.94), link F1 0.477, 0.333, 0.361 (0.531). Mean of
 * all 52 after a round of work on three of them: 0.988, 0.935, 0.971, 0.44, 1.08 per story, 50% of the disputes.
 * With Egypt's October 2024 fuel rise, the El Fasher hospital attack, the Allenby crossing shooting and Morocco's
 * September 2024 floods added unseen (56 stories, later on 2026-12-07; Morocco sealed). At first sight with that
 * round's start code: speaker 0.913, 0.784, 0.935 (Morocco 0.878), figures 0.914, 1, 0.973 (0.936), link F1 0.384,
 * 0.465, 0.31 (0.445), disputes 0/4, 3/6, 1/6 (5/6), false conflicts 3, 2, 0 (3). Mean of all 56 after a round of
 * work on the three: 0.988, 0.933, 0.972, 0.438, 1.07 per story, 50% of the disputes; the disputes floor is set a
 * little below it, as the others are. At the end of that day's third round (pages dated by their publication stamps,
 * chains through papers): 0.988, 0.941, 0.972, 0.44, 0.98 per story, 50% of the disputes; the speaker floor and the
 * false-conflict ceiling follow. At the end of its fourth round (one voice under several names, years relative to
 * the date, a body's decisions): 0.988, 0.942, 0.972, 0.44, 0.93 per story, 50%; the false-conflict ceiling follows.
 * With the Kut hypermarket fire (2025), the Djerba synagogue attack (2023), the killings at Gaza's Nabulsi roundabout
 * (2024) and Syria's coastal violence (2025) added unseen (60 stories, later on 2026-12-07; the Gaza story sealed). At
 * first sight with that round's start code: claims 1, 0.868, 1 (Gaza 1), speaker 0.939, 0.824, 0.87 (0.899), figures
 * 0.906, 0.909, 0.981 (0.952), link F1 0.333, 0.27, 0.395 (0.386), disputes 2/7, 2/6, 2/5 (2/4), false conflicts 0,
 * 0, 2 (1). Mean of all 60 a few commits later: 0.989, 0.939, 0.969, 0.434, 0.92 per story, 49% of the disputes.
 * At the end of that round: 0.989, 0.945, 0.971, 0.436, 0.93 per story, 51% of the disputes.
 * With the Herat earthquakes (2023), the Bandar Abbas port blast (2025) and the Air India crash in Ahmedabad (2025)
 * added unseen (63 stories, 2026-12-07, a sixth round; Air India sealed). At first sight with that round's start code:
 * claims 1, 0.966 (Air India 1), speaker 0.9, 0.857 (0.878), figures 0.856, 0.962 (0.974), link F1 0.299, 0.262
 * (0.39), disputes 3/6, 2/5 (3/6), false conflicts 4, 3 (0). Mean of all 63: 0.989, 0.942, 0.969, 0.43, 1.0 per
 * story, 50% of the disputes; the link floor and the false-conflict ceiling make room for them until they are studied.
 * Then the fall of El Fasher (2025) and the June 2025 Israel–Iran war added unseen (65 stories; the war sealed), at
 * first sight with that round's start code: claims 1 (0.982), speaker 0.949 (0.84), figures 0.964 (0.972), link F1
 * 0.345 (0.30), disputes 0/6 (3/8), false conflicts 0 (2). Mean of all 65 a few commits into the round: 0.989, 0.943,
 * 0.97, 0.426, 1.0 per story, 49% of the disputes.
 * Then Yemen's migrant boat off Abyan (2025), Iraq's November 2025 election and Kuwait's methanol poisonings (2025)
 * added unseen (68 stories; Kuwait sealed), at first sight with that round's start code: claims 0.963, 0.983 (0.891),
 * speaker 0.88, 0.9 (0.948), figures 0.971, 0.966 (0.983), link F1 0.236, 0.278 (0.24), disputes 6/8, 6/7 (2/4),
 * false conflicts 3, 1 (2). Mean of all 68 later in the round: 0.987, 0.943, 0.971, 0.4199, 1.03 per story, 50% of
 * the disputes; the link floor moves to 0.41.
 * Then Morocco's GenZ 212 protests (2025) and the Menoufia road crash (2025) added unseen and sealed (70 stories),
 * at first sight with that round's start code (means of the two only): claims 0.967, speaker 0.824, figures 0.946,
 * link F1 0.344, disputes 3/11, false conflicts 3 per story. Mean of all 70 then: 0.986, 0.94, 0.97, 0.421, 1.09 per
 * story, 50% of the disputes; the false-conflict ceiling moves to 1.1.
 * Then the Port Sudan drone strikes (May 2025), the Israeli strike on Doha (September 2025), the Sweida clashes (July
 * 2025) and the Malian drone downed at Tinzaouatene (April 2025) added unseen (74 stories, 2026-12-07, a seventh
 * round; Sweida and the Malian drone sealed). At first sight with that round's start code: Port Sudan and Doha claims
 * 1, 0.992, speaker 0.92, 0.895, figures 0.824, 0.913, link F1 0.34, 0.367, disputes 2/5, 1/5, false conflicts 1, 0;
 * the two sealed (means only) 1.0, 0.899, 0.925, 0.355, 6/12, 1.0. Mean of all 74 two commits into the round: 0.987,
 * 0.941, 0.967, 0.417, 1.08 per story, 49% of the disputes; no floor moves.
 * Then Tunisia's "conspiracy" mass trial (April 2025), the Houthi sinking of two bulk carriers in the Red Sea (July
 * 2025) and Egypt's expanded IMF deal (March 2024) added unseen (77 stories, later in that round; the IMF deal
 * sealed). At first sight with the round's start code: Tunisia and the Red Sea claims 0.932, 0.962, speaker 0.866,
 * 0.794, figures 0.957, 0.951, link F1 0.324, 0.343, disputes 2/5, 1/6, false conflicts 1, 3; the three sealed of
 * the round (means only) 1.0, 0.919, 0.946, 0.328, 9/15, 1.0. Mean of all 77 then: 0.986, 0.939, 0.968, 0.413, 1.07
 * per story, 49% of the disputes; no floor moves.
 * Then the Mar Elias church bombing in Damascus, the US strikes on Ras Isa, the Tripoli clashes after al-Kikli's
 * killing and the Algiers bus that fell into Oued El Harrach (all 2025), the Ramses exchange fire in Cairo, a building
 * collapse in Fez and the shootings near the GHF site in Rafah (2025) added unseen (84 stories, an eighth round; the
 * last three sealed). At first sight with that round's start code, reading only the files each manifest lists: the
 * four studied (means) claims 0.998, speaker 0.884, figures 0.935, link F1 0.342, disputes 7/17, false conflicts 1.75
 * per story; the three sealed 1.0, 0.881, 0.928, 0.320, 5/14, 1.67. With them the mean of all 84 was 1.12 false
 * conflicts per story; after two fixes to figure reading in comparison: 0.988, 0.937, 0.966, 0.411, 1.06 per story,
 * 48% of the disputes; no floor moves.
 * Later in that round, Iran's missile strike on Al Udeid, the Israeli strike that killed the Houthi prime minister
 * al-Rahawi and the Gabes pollution protests (studied), the strike that killed Anas al-Sharif and the Adam Marine 12
 * rig capsized off Ras Gharib (sealed) added unseen (89 stories). At first sight with the round's start code: the
 * three studied claims 0.957, speaker 0.879, figures 0.969, link F1 0.292, disputes 6/20, no false conflict; the two
 * sealed 0.977, 0.882, 0.95, 0.259, 6/17, 1.0 per story. Mean of all 89 some commits later: 0.986, 0.938, 0.966,
 * 0.403, 1.01 per story, 47.5% of the disputes: the link floor moves to 0.40 and the disputes floor to 0.47, what
 * these unseen stories give.
 * Then Israel's «Iron Wall» operation in Jenin (January 2025), Tunisia's 2024 presidential vote and the estimates of
 * the Lebanon war's cost (November 2024) studied, the Jeddah floods (2022) and the Wad al-Noura massacre (2024)
 * sealed, added unseen (94 stories, 2026-12-08, a ninth round). At first sight with that round's start code: the
 * three studied claims 1.0, speaker 0.853, figures 0.951, link F1 0.382, disputes 7/17, 2.0 false conflicts per
 * story; the two sealed 1.0, 0.858, 0.933, 0.427, 4/10, none. Mean of all 94 four commits later: 0.987, 0.935,
 * 0.964, 0.405, 1.02 per story, 47.3% of the disputes; no floor moves.
 * Later in that round, the 2015 Mina stampede, the strike that killed Hassan Nasrallah (2024) and the Dead Sea flash
 * flood of 2018 studied, Kuwait's 2024 citizenship revocations and the IPC's famine finding for Gaza (2025) sealed,
 * added unseen (99 stories). At first sight with the round's start code: the three studied claims 0.989, speaker
 * 0.928, figures 0.929, link F1 0.329, disputes 4/19, 3.0 false conflicts per story; the two sealed 0.982, 0.831,
 * 0.923, 0.430, 1/9, 1.5. Most of their missed disputes are counts raised over days (717 then 769 dead at Mina),
 * which isnad labels as figures of different times, as the comparison issue asks, where the annotators mark a
 * dispute. Mean of all 99 then: 0.987, 0.935, 0.963, 0.403, 1.08 per story, 46% of the disputes: the disputes floor
 * moves to 0.45, what these unseen stories give.
 * The tenth round added eleven more unseen (110 stories; no floor moved). The eleventh (2026-12-08) added twelve in
 * three batches, each measured at first sight with that round's start code (studied / sealed means: claims, speaker,
 * figures, link F1, disputes, false conflicts per story): the al-Tabi'in school strike and the Mosul ferry (studied)
 * 0.982, 0.884, 0.895, 0.426, 5/13, 2.0, the Tartus boat and Haniyeh's killing (sealed) 0.973, 0.906, 0.943, 0.291,
 * 3/9, 0.5; the Toukh derailment and the Rashid boat (studied) 1.0, 0.857, 0.960, 0.409, 10/12, 0.5, the Karrada
 * bombing and Tower 22 (sealed) 0.968, 0.799, 0.951, 0.362, 3/10, 0.5; the GERD's fourth filling and the al-Shifa
 * raid (studied) 0.984, 0.899, 0.906, 0.339, 3/10, 2.0, Shireen Abu Akleh's killing and the Jabalia strike (sealed)
 * 1.0, 0.846, 0.863, 0.329, 2/10, 0. Mean of all 122 then: 0.987, 0.932, 0.959, 0.3997, 1.025 per story, 45.6% of
 * the disputes, while the 110 stories of before stood at 0.404 link F1 with the same code: the link floor moves to
 * 0.39, what these unseen stories give.
 */
const FLOORS = {
  claimRecall: 0.95,
  speaker: 0.93,
  figureRecall: 0.95,
  linkF1: 0.39,
  falseConflictsPerStory: 1.1,
  disputesFound: 0.45,
};

interface Manifest {
  story: { id: string; title: string };
  articles: { file: string; language?: string | null; outlet?: string | null; publishedAt?: string | null }[];
}

const stories = existsSync(STORIES)
  ? readdirSync(STORIES)
      .filter((d) => existsSync(join(STORIES, d, "gold.json")))
      .sort()
  : [];

function score(name: string) {
  const dir = join(STORIES, name);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
  const inputs: ArticleInput[] = manifest.articles.map((a) => ({
    source: join(dir, a.file),
    text: readFileSync(join(dir, a.file), "utf8"),
    language: a.language ?? null,
    outlet: a.outlet ?? null,
    publishedAt: a.publishedAt ?? null,
    storyId: manifest.story.id,
  }));
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as ClaimGold & LinkGold;
  const analysis = analyze(inputs, { story: manifest.story });
  return { name, claims: scoreClaims(gold, analysis), links: scoreLinks(gold, analysis) };
}

describe.skipIf(stories.length === 0)("quality on the held-out stories (evals/stories)", () => {
  const rows = stories.map(score);
  const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const m = {
    claimRecall: mean((r) => r.claims.claimRecall),
    speaker: mean((r) => r.claims.speakerAccuracyAttributed),
    figureRecall: mean((r) => r.claims.figureRecall),
    linkF1: mean((r) => r.links.linkF1),
    falseConflicts: mean((r) => r.links.falseConflicts),
    // disputes are few per story: the share is taken over all of them together
    disputesFound:
      rows.reduce((s, r) => s + r.links.conflictsFound, 0) /
      Math.max(
        1,
        rows.reduce((s, r) => s + r.links.conflictsTotal, 0),
      ),
  };

  it("prints one row per story and the mean", () => {
    console.log(
      [
        "held-out stories: claims R | speaker | figures R | link P / R / F1 | conflicts found | false conflicts",
        ...rows.map(
          (r) =>
            `  ${r.name.padEnd(26)} ${r3(r.claims.claimRecall)} | ${r3(r.claims.speakerAccuracyAttributed)} | ${r3(r.claims.figureRecall)} | ${r3(r.links.linkPrecision)} / ${r3(r.links.linkRecall)} / ${r3(r.links.linkF1)} | ${r.links.conflictsFound}/${r.links.conflictsTotal} | ${r.links.falseConflicts}`,
        ),
        `  ${"mean".padEnd(26)} ${r3(m.claimRecall)} | ${r3(m.speaker)} | ${r3(m.figureRecall)} | ${r3(m.linkF1)} | ${r3(m.disputesFound)} of all | ${r3(m.falseConflicts)}`,
      ].join("\n"),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
  it(`finds ≥ ${FLOORS.claimRecall} of the gold claims and names the right speaker for ≥ ${FLOORS.speaker}`, () => {
    expect(m.claimRecall).toBeGreaterThanOrEqual(FLOORS.claimRecall);
    expect(m.speaker).toBeGreaterThanOrEqual(FLOORS.speaker);
  });
  it(`finds ≥ ${FLOORS.figureRecall} of the gold figures`, () => {
    expect(m.figureRecall).toBeGreaterThanOrEqual(FLOORS.figureRecall);
  });
  it(`links claims across outlets with mean F1 ≥ ${FLOORS.linkF1} and few false conflicts`, () => {
    expect(m.linkF1).toBeGreaterThanOrEqual(FLOORS.linkF1);
    expect(m.falseConflicts).toBeLessThanOrEqual(FLOORS.falseConflictsPerStory);
  });
  it(`finds ≥ ${FLOORS.disputesFound} of the disputes the annotators marked`, () => {
    expect(m.disputesFound).toBeGreaterThanOrEqual(FLOORS.disputesFound);
  });
});
