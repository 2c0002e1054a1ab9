/**
 * Pinyin search keys (拼音检索): staff type "hjy" or "huanjiyou" for 换机油. A catalog row stores the initials and
 * the full pinyin of its name (lower case, no tones, ü as v, no spaces); a query matches the name, the code or the key.
 */
import { pinyin } from 'pinyin-pro';

const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]/g, '');

/** 'initials full' of a name, e.g. 更换机油 → 'ghjy genghuanjiyou'; non-Chinese characters are kept as they are. */
export function searchKeyOf(name: string): string {
  const opts = { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' } as const;
  const full = compact(pinyin(name, opts).join(''));
  const initials = compact(pinyin(name, { ...opts, pattern: 'first' }).join(''));
  return `${initials} ${full}`;
}

/** The query as it is matched against search keys (letters and digits only, lower case). */
export function searchKeyQuery(q: string): string {
  return compact(q);
}
