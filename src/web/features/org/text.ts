/** Rough text measuring for chart labels (no DOM): CJK characters are one em wide, others ~0.6 em. */
const charWidth = (ch: string, fontSize: number) => (/[\u2E80-\uFFFF]/.test(ch) ? fontSize : /[A-Z]/.test(ch) ? fontSize * 0.68 : fontSize * 0.56);

export const textWidth = (text: string, fontSize: number) => [...text].reduce((w, ch) => w + charWidth(ch, fontSize), 0);

/** Cuts text to at most `px` wide, ending with an ellipsis when cut. */
export function fitText(text: string, px: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= px) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > px) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/**
 * Wraps text into at most `maxLines` lines of `px` width: Latin text breaks at spaces, slashes and hyphens,
 * CJK text anywhere; the last line is cut with an ellipsis if the text does not fit.
 */
export function wrapText(text: string, px: number, fontSize: number, maxLines: number): string[] {
  if (textWidth(text, fontSize) <= px || maxLines <= 1) return [fitText(text, px, fontSize)];
  const tokens = text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF/-]+[/-]?|\s+|[/-]/g) ?? [text];
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  for (; i < tokens.length; i++) {
    const next = cur + tokens[i];
    if (textWidth(next.trimEnd(), fontSize) <= px || cur.trim() === '') {
      cur = next;
      continue;
    }
    lines.push(cur.trim());
    if (lines.length === maxLines - 1) break;
    cur = tokens[i].trimStart();
  }
  const rest = i < tokens.length && lines.length === maxLines - 1 ? tokens.slice(i).join('').trim() : cur.trim();
  lines.push(fitText(rest, px, fontSize));
  return lines.filter(Boolean);
}
