/**
 * Code 128 (code set B) as bar widths, for the old-part tags (旧件标签): a scanner reads back the tag number
 * (claim number and line). Pure: the print view draws the bars as SVG rectangles.
 */

// Bar/space widths in modules for the symbol values 0–106 (ISO/IEC 15417); 106 is the stop with its final bar.
const PATTERNS = [
  '212222',
  '222122',
  '222221',
  '121223',
  '121322',
  '131222',
  '122213',
  '122312',
  '132212',
  '221213',
  '221312',
  '231212',
  '112232',
  '122132',
  '122231',
  '113222',
  '123122',
  '123221',
  '223211',
  '221132',
  '221231',
  '213212',
  '223112',
  '312131',
  '311222',
  '321122',
  '321221',
  '312212',
  '322112',
  '322211',
  '212123',
  '212321',
  '232121',
  '111323',
  '131123',
  '131321',
  '112313',
  '132113',
  '132311',
  '211313',
  '231113',
  '231311',
  '112133',
  '112331',
  '132131',
  '113123',
  '113321',
  '133121',
  '313121',
  '211331',
  '231131',
  '213113',
  '213311',
  '213131',
  '311123',
  '311321',
  '331121',
  '312113',
  '312311',
  '332111',
  '314111',
  '221411',
  '431111',
  '111224',
  '111422',
  '121124',
  '121421',
  '141122',
  '141221',
  '112214',
  '112412',
  '122114',
  '122411',
  '142112',
  '142211',
  '241211',
  '221114',
  '413111',
  '241112',
  '134111',
  '111242',
  '121142',
  '121241',
  '114212',
  '124112',
  '124211',
  '411212',
  '421112',
  '421211',
  '212141',
  '214121',
  '412121',
  '111143',
  '111341',
  '131141',
  '114113',
  '114311',
  '411113',
  '411311',
  '113141',
  '114131',
  '311141',
  '411131',
  '211412',
  '211214',
  '211232',
  '2331112',
];
export const CODE128_PATTERNS: readonly string[] = PATTERNS;
const START_B = 104;
const STOP = 106;

/** The symbol values of `text` in code set B with its check symbol (printable ASCII only; otherwise null). */
export function code128Values(text: string): number[] | null {
  const data: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 32 || c > 126) return null;
    data.push(c - 32);
  }
  const check = data.reduce((sum, v, i) => sum + v * (i + 1), START_B) % 103;
  return [START_B, ...data, check, STOP];
}

/** The bars (x and width in modules) of `text`, and the total width; null for characters outside code set B. */
export function code128Bars(text: string): { bars: { x: number; width: number }[]; modules: number } | null {
  const values = code128Values(text);
  if (!values) return null;
  const bars: { x: number; width: number }[] = [];
  let x = 0;
  for (const v of values)
    [...PATTERNS[v]].forEach((w, i) => {
      if (i % 2 === 0) bars.push({ x, width: Number(w) });
      x += Number(w);
    });
  return { bars, modules: x };
}
