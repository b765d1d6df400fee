// BOOTSTRAP: replaced by the Arabic language engine (issue 4). Keep the exported names.
export function foldForMatch(text: string): string {
  return text
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ى/gu, "ي")
    .replace(/ة/gu, "ه");
}
