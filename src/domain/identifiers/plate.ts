/** Chinese motor-vehicle licence plates (机动车号牌, GA 36): ordinary 7-character and new-energy 8-character plates. */

/** Province-level abbreviations that open a plate. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

const P = `[${PLATE_PROVINCES}]`;
const LETTER = '[A-HJ-NP-Z]'; // A–Z without I, O
const ALNUM = '[A-HJ-NP-Z0-9]';
const NEV_MARK = '[DABCEFGHJK]'; // D pure electric, F non-pure-electric, others reserved for them
const STANDARD = new RegExp(`^${P}${LETTER}${ALNUM}{4}(?:${ALNUM}|[挂学警港澳])$`);
const NEV_SMALL = new RegExp(`^${P}${LETTER}${NEV_MARK}${ALNUM}\\d{4}$`);
const NEV_LARGE = new RegExp(`^${P}${LETTER}\\d{5}${NEV_MARK}$`);

export type PlateKind = 'standard' | 'new-energy';
export type PlateErrorCode = 'PLATE_EMPTY' | 'PLATE_PROVINCE' | 'PLATE_FORMAT';
export type PlateResult =
  | { ok: true; plate: string; kind: 'standard' }
  | { ok: true; plate: string; kind: 'new-energy'; vehicleSize: 'small' | 'large' }
  | { ok: false; code: PlateErrorCode; message: string };

/** Upper-cased, full-width folded, without spaces, dots (·) and hyphens. */
export function normalizePlate(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s·•・.\-—–]/g, '')
    .toUpperCase();
}

/** Validate a plate: the normalized form and its kind, or a Chinese message. */
export function validatePlate(raw: string): PlateResult {
  const plate = normalizePlate(raw);
  if (plate === '') return { ok: false, code: 'PLATE_EMPTY', message: '请输入车牌号' };
  if (!PLATE_PROVINCES.includes(plate[0])) {
    return { ok: false, code: 'PLATE_PROVINCE', message: '车牌号首字须为省份简称(如 京、沪、粤)' };
  }
  if (plate.length === 7 && STANDARD.test(plate)) return { ok: true, plate, kind: 'standard' };
  if (plate.length === 8 && NEV_SMALL.test(plate)) return { ok: true, plate, kind: 'new-energy', vehicleSize: 'small' };
  if (plate.length === 8 && NEV_LARGE.test(plate)) return { ok: true, plate, kind: 'new-energy', vehicleSize: 'large' };
  return {
    ok: false,
    code: 'PLATE_FORMAT',
    message: '车牌号格式不正确:普通号牌 7 位(如 沪A12345),新能源号牌 8 位(如 粤BD12345、京A12345D),字母不含 I、O',
  };
}

/** Display form with the customary dot after the issuing-authority letter: 沪A·12345. */
export function formatPlate(plate: string): string {
  const p = normalizePlate(plate);
  return p.length > 2 ? `${p.slice(0, 2)}·${p.slice(2)}` : p;
}
