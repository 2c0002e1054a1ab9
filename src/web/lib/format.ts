/** Money is integer fen on the wire; the UI speaks yuan. */
export const fenToYuan = (fen: number | null | undefined) => (fen == null ? undefined : fen / 100);
export const yuanToFen = (yuan: number | null | undefined) => (yuan == null ? undefined : Math.round(yuan * 100));

const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
export const formatYuan = (fen: number) => cny.format(fen / 100);

/** Position title in the UI language, falling back to Chinese. */
export function titleOf(p: { titleZh: string; titleEn: string }, lang: string): string {
  return lang === 'en-US' && p.titleEn ? p.titleEn : p.titleZh;
}

/** Name in the UI language for records with nameZh/nameEn. */
export function nameOf(p: { nameZh: string; nameEn: string }, lang: string): string {
  return lang === 'en-US' && p.nameEn ? p.nameEn : p.nameZh;
}

/** Splits a textarea into non-empty trimmed lines. */
export const toLines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
export const fromLines = (lines: string[] | undefined) => (lines ?? []).join('\n');
