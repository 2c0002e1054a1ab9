/** Holiday-year data model, local-date arithmetic and a zod-free parser for imported years. Pure, no I/O. */

/** One public-holiday period: every local date from `from` to `to` (inclusive, 'YYYY-MM-DD') is off. */
export interface Holiday {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** One year's official arrangement: holiday periods plus make-up working days (调休上班日). */
export interface HolidayYear {
  readonly year: number;
  readonly holidays: readonly Holiday[];
  readonly workdays: readonly string[];
}

/** How the national calendar classifies a local date, before any service-point mode is applied. */
export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'makeup';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD' (proleptic Gregorian), or null when malformed or not a real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Like `dayNumber` but throws a RangeError for bad input. */
export function requireDayNumber(iso: string): number {
  const n = typeof iso === 'string' ? dayNumber(iso) : null;
  if (n === null) throw new RangeError(`not a valid local date 'YYYY-MM-DD': ${String(iso)}`);
  return n;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Lookup structure built from holiday years: per-year maps of day number → 'holiday' | 'makeup', plus the years covered. */
export interface HolidayIndex {
  readonly maps: readonly ReadonlyMap<number, 'holiday' | 'makeup'>[];
  readonly years: ReadonlySet<number>;
}

// Per-year lookups are memoised by object identity: HolidayYear values are treated as immutable.
const yearMaps = new WeakMap<HolidayYear, ReadonlyMap<number, 'holiday' | 'makeup'>>();

function yearMap(y: HolidayYear): ReadonlyMap<number, 'holiday' | 'makeup'> {
  let m = yearMaps.get(y) as Map<number, 'holiday' | 'makeup'> | undefined;
  if (m) return m;
  m = new Map();
  for (const w of y.workdays) m.set(requireDayNumber(w), 'makeup');
  for (const h of y.holidays) {
    const to = requireDayNumber(h.to);
    for (let d = requireDayNumber(h.from); d <= to; d++) m.set(d, 'holiday');
  }
  yearMaps.set(y, m);
  return m;
}

/** Build the index; a date listed both as holiday and make-up day counts as holiday. */
export function buildHolidayIndex(years: readonly HolidayYear[]): HolidayIndex {
  return { maps: years.map(yearMap), years: new Set(years.map((y) => y.year)) };
}

/** Classify a day number against an index (no data for the year → plain Mon–Fri / Sat–Sun). */
export function kindOf(index: HolidayIndex, day: number): DayKind {
  let makeup = false;
  for (const m of index.maps) {
    const s = m.get(day);
    if (s === 'holiday') return 'holiday';
    if (s === 'makeup') makeup = true;
  }
  if (makeup) return 'makeup';
  return isoWeekday(day) >= 6 ? 'weekend' : 'weekday';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_HOLIDAY_DAYS = 31;

/**
 * Validate untrusted JSON as a HolidayYear. Returns a clean copy (unknown keys dropped, lists sorted)
 * or the list of problems. Checks: integer year 1900–2200; real dates; from ≤ to; periods ≤ 31 days touching
 * the year; make-up days inside the year, unique, and not inside a holiday period; no overlapping periods.
 */
export function parseHolidayYear(json: unknown): HolidayYear | string[] {
  const problems: string[] = [];
  if (!isRecord(json)) return ['expected an object { year, holidays, workdays }'];
  const year = json.year;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2200;
  if (!yearOk) problems.push(`year: expected an integer 1900–2200, got ${JSON.stringify(year)}`);
  const inYear = (d: number) => yearOk && new Date(d * DAY_MS).getUTCFullYear() === year;

  const holidays: Holiday[] = [];
  const ranges: [number, number, string][] = [];
  if (!Array.isArray(json.holidays)) problems.push('holidays: expected an array');
  else
    json.holidays.forEach((h: unknown, i) => {
      const at = `holidays[${i}]`;
      if (!isRecord(h)) return void problems.push(`${at}: expected an object { name, from, to }`);
      const { name, from, to } = h;
      if (typeof name !== 'string' || name.trim() === '') problems.push(`${at}.name: expected a non-empty string`);
      const f = typeof from === 'string' ? dayNumber(from) : null;
      const t = typeof to === 'string' ? dayNumber(to) : null;
      if (f === null) problems.push(`${at}.from: expected a real date 'YYYY-MM-DD', got ${JSON.stringify(from)}`);
      if (t === null) problems.push(`${at}.to: expected a real date 'YYYY-MM-DD', got ${JSON.stringify(to)}`);
      if (f === null || t === null || typeof name !== 'string' || name.trim() === '') return;
      if (t < f) return void problems.push(`${at}: to (${String(to)}) is before from (${String(from)})`);
      if (t - f + 1 > MAX_HOLIDAY_DAYS) problems.push(`${at}: period of ${t - f + 1} days is longer than ${MAX_HOLIDAY_DAYS}`);
      if (yearOk && !inYear(f) && !inYear(t)) problems.push(`${at}: period ${String(from)}..${String(to)} does not touch year ${year}`);
      holidays.push({ name: name.trim(), from: from as string, to: to as string });
      ranges.push([f, t, at]);
    });
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] <= ranges[i - 1][1]) problems.push(`${ranges[i][2]}: overlaps ${ranges[i - 1][2]}`);
  }

  const workdays: string[] = [];
  if (!Array.isArray(json.workdays)) problems.push('workdays: expected an array');
  else
    json.workdays.forEach((w: unknown, i) => {
      const at = `workdays[${i}]`;
      const d = typeof w === 'string' ? dayNumber(w) : null;
      if (d === null) return void problems.push(`${at}: expected a real date 'YYYY-MM-DD', got ${JSON.stringify(w)}`);
      if (yearOk && !inYear(d)) problems.push(`${at}: ${w as string} is not in year ${year}`);
      if (workdays.includes(w as string)) problems.push(`${at}: duplicate ${w as string}`);
      const clash = ranges.find(([f, t]) => d >= f && d <= t);
      if (clash) problems.push(`${at}: ${w as string} lies inside holiday period ${clash[2]}`);
      workdays.push(w as string);
    });

  if (problems.length) return problems;
  holidays.sort((a, b) => a.from.localeCompare(b.from));
  workdays.sort();
  return { year: year as number, holidays, workdays };
}
