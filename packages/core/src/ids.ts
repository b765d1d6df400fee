import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** Content hash used as an article id: the same text always gets the same id. */
export function contentId(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}

/** A short stable id derived from parts (used for claims, entities, clusters). */
export function derivedId(prefix: string, ...parts: (string | number)[]): string {
  return `${prefix}_${bytesToHex(sha256(utf8ToBytes(parts.join("\u0000")))).slice(0, 12)}`;
}
