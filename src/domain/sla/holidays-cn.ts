/**
 * Official PRC public holidays and make-up working days (调休上班日), transcribed from the State Council General
 * Office notices 国务院办公厅关于{2024,2025,2026}年部分节假日安排的通知. Each `holidays` entry is the published
 * "放假" period (inclusive); `workdays` are the published "上班" days that fall on a weekend.
 *
 * Transcription notes:
 * - Where a notice says "X日放假，与周末连休" (2024 元旦, 2024 端午) only the named day is listed: the adjoining
 *   weekend is off anyway, and the notice does not publish a range.
 * - 2024 除夕 (02-09) was only "encouraged" as a day off (鼓励…安排职工在除夕休息); it is not an official holiday here.
 * - From 2025 the revised 《全国年节及纪念日放假办法》 adds one day each to 春节 and 劳动节.
 */
import type { HolidayYear } from './holiday-year.js';

export { parseHolidayYear } from './holiday-year.js';
export type { Holiday, HolidayYear } from './holiday-year.js';

/** Deep-freeze a year: lookups are memoised per HolidayYear object, so the built-in data must never change. */
const frozen = (y: HolidayYear): HolidayYear =>
  Object.freeze({
    year: y.year,
    holidays: Object.freeze(y.holidays.map((h) => Object.freeze({ ...h }))),
    workdays: Object.freeze([...y.workdays]),
  });

/** 2024 — notice of 2023-10-25. */
export const CN_2024: HolidayYear = frozen({
  year: 2024,
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  workdays: [
    '2024-02-04', // 春节 (Sun)
    '2024-02-18', // 春节 (Sun)
    '2024-04-07', // 清明节 (Sun)
    '2024-04-28', // 劳动节 (Sun)
    '2024-05-11', // 劳动节 (Sat)
    '2024-09-14', // 中秋节 (Sat)
    '2024-09-29', // 国庆节 (Sun)
    '2024-10-12', // 国庆节 (Sat)
  ],
});

/** 2025 — notice 国办发明电〔2024〕12号 of 2024-11-12. */
export const CN_2025: HolidayYear = frozen({
  year: 2025,
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  workdays: [
    '2025-01-26', // 春节 (Sun)
    '2025-02-08', // 春节 (Sat)
    '2025-04-27', // 劳动节 (Sun)
    '2025-09-28', // 国庆节、中秋节 (Sun)
    '2025-10-11', // 国庆节、中秋节 (Sat)
  ],
});

/** 2026 — notice of 2025-11-04. */
export const CN_2026: HolidayYear = frozen({
  year: 2026,
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: [
    '2026-01-04', // 元旦 (Sun)
    '2026-02-14', // 春节 (Sat)
    '2026-02-28', // 春节 (Sat)
    '2026-05-09', // 劳动节 (Sat)
    '2026-09-20', // 国庆节 (Sun)
    '2026-10-10', // 国庆节 (Sat)
  ],
});

/** All built-in years, oldest first. */
export const CN_HOLIDAYS: readonly HolidayYear[] = Object.freeze([CN_2024, CN_2025, CN_2026]);
