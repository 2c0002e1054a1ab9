/** Chinese telephone numbers: mobile (手机), landline with area code (固定电话), 400/800 service hotlines. */

export type PhoneKind = 'mobile' | 'landline' | 'hotline';
export type PhoneResult =
  | { ok: true; phone: string; kind: PhoneKind; extension?: string }
  | { ok: false; code: 'PHONE_EMPTY' | 'PHONE_FORMAT'; message: string };

const MOBILE = /^1[3-9]\d{9}$/;
const HOTLINE = /^[48]00\d{7}$/;
/** Area codes: 010 and 02x have three digits, all others (03xx–09xx) four. */
const LANDLINE = /^(0[12]\d|0[3-9]\d{2})([2-9]\d{6,7})$/;
const EXTENSION = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;
const FORMAT_MESSAGE = '电话号码格式不正确:手机为 11 位(如 13800138000),固定电话须带区号(如 010-62345678)';

/** Validate a mobile only (tolerates +86, spaces and hyphens); the normalized 11 digits. */
export function validateMobile(raw: string): PhoneResult {
  const r = validatePhone(raw);
  if (r.ok && r.kind !== 'mobile') return { ok: false, code: 'PHONE_FORMAT', message: '请输入 11 位手机号码' };
  return r;
}

/**
 * Validate and normalize a phone number: mobile → '13800138000', landline → '010-62345678'
 * (with '-801' for an extension), hotline → '400-123-4567'. Tolerates +86/0086, spaces,
 * hyphens, brackets around the area code and extensions written 转801 / ext 801.
 */
export function validatePhone(raw: string): PhoneResult {
  let s = raw.normalize('NFKC').trim();
  if (s === '') return { ok: false, code: 'PHONE_EMPTY', message: '请输入电话号码' };
  let extension: string | undefined;
  const ext = EXTENSION.exec(s);
  if (ext) {
    extension = ext[1];
    s = s.slice(0, ext.index).trim();
  }
  const country = /^(?:\+|00)86[\s-]*/.exec(s);
  if (country) s = s.slice(country[0].length);
  if (/[^\d\s\-()]/.test(s)) return { ok: false, code: 'PHONE_FORMAT', message: FORMAT_MESSAGE };
  const groups = s.split(/[\s\-()]+/).filter(Boolean);
  let digits = groups.join('');
  if (!country && /^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);
  if (MOBILE.test(digits) && !extension) return { ok: true, phone: digits, kind: 'mobile' };
  if (HOTLINE.test(digits)) {
    const phone = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    return extension ? { ok: true, phone: `${phone}-${extension}`, kind: 'hotline', extension } : { ok: true, phone, kind: 'hotline' };
  }
  if (country && !digits.startsWith('0')) digits = `0${digits}`;
  let m = LANDLINE.exec(digits);
  if (!m && !extension && groups.length >= 3 && /^\d{1,6}$/.test(groups[groups.length - 1])) {
    // '0755-88886666-801': the last group is an extension
    const main = (country && !groups[0].startsWith('0') ? '0' : '') + groups.slice(0, -1).join('');
    m = LANDLINE.exec(main);
    if (m) extension = groups[groups.length - 1];
  }
  if (!m) return { ok: false, code: 'PHONE_FORMAT', message: FORMAT_MESSAGE };
  const phone = `${m[1]}-${m[2]}`;
  return extension ? { ok: true, phone: `${phone}-${extension}`, kind: 'landline', extension } : { ok: true, phone, kind: 'landline' };
}

/** The last `n` digits of the number without its extension (尾号, used to find a customer); '' when none. */
export function phoneTail(phone: string, n = 4): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('尾号位数须为正整数');
  const r = validatePhone(phone);
  let main = phone;
  if (r.ok) main = r.extension ? r.phone.slice(0, -(r.extension.length + 1)) : r.phone;
  return main.replace(/\D/g, '').slice(-n);
}
