import type { Chain } from "@isnad/core/schema";

/** One chain of transmission, read as the site's reader expects it: outlet ← intermediary ← … ← speaker. */
export function ChainView({ chain, outletLabel }: { chain: Chain; outletLabel: string }) {
  const hops: { text: string; kind: "outlet" | "via" | "speaker" }[] = [{ text: outletLabel, kind: "outlet" }];
  for (const v of chain.via) hops.push({ text: v, kind: "via" });
  hops.push({ text: chain.speaker ?? "دون قائل مسمّى", kind: "speaker" });
  return (
    <span className="chain" title="سلسلة النقل: الوسيلة ← الوسيط ← القائل">
      {hops.map((h, i) => (
        <span key={i} className="chain-hop-wrap">
          {i > 0 && (
            <span className="arrow" aria-hidden="true">
              {" ← "}
            </span>
          )}
          <span className={`hop ${h.kind}`}>{h.text}</span>
        </span>
      ))}
    </span>
  );
}
