/**
 * Chinese word segmentation for the knowledge base: `Intl.Segmenter('zh', { granularity: 'word' })` (ICU's
 * dictionary), run at write time into a token column and on the query; search is an overlap of token arrays in SQL
 * (GIN index), so it works the same on PGlite and PostgreSQL. Fault codes and Latin words are kept whole and
 * upper-cased. ICU's dictionary splits unknown and technical words unevenly (发动|机, 有异|响), so every run of Han
 * characters also gives its overlapping character pairs (发动 动机 异响 …): the query and the article then meet on the
 * pairs whatever the segmenter did. Single characters are kept only when they stand alone; punctuation is dropped.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Normalize a fault code or Latin word: upper-case, no spaces (P0300, U0100, E1). */
export const normalizeCode = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');

/** Words a text is made of (deduplicated, in order of appearance); empty for blank text. */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  const t = text.normalize('NFKC');
  for (const s of segmenter.segment(t)) {
    if (!s.isWordLike) continue;
    if (/[A-Za-z0-9]/.test(s.segment)) out.add(normalizeCode(s.segment));
    else if ([...s.segment].length >= 2) out.add(s.segment);
  }
  for (const run of t.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return [...out];
}
const HAN_RUN = /\p{Script=Han}+/gu;

/** Every token of an article: its texts' words and its fault codes, models, symptoms and parts as whole terms too. */
export function articleTokens(a: { texts: string[]; terms: string[] }): string[] {
  const out = new Set<string>();
  for (const t of a.texts) for (const w of tokenize(t)) out.add(w);
  for (const t of a.terms) {
    const n = /[A-Za-z0-9]/.test(t) ? normalizeCode(t) : t.trim();
    if (n) out.add(n);
    for (const w of tokenize(t)) out.add(w);
  }
  return [...out];
}
