/** SLA clock: working-time deadlines on service-point calendars with Chinese public holidays and make-up days. */

/** Holiday-year data model and kinds of day. */
export type { DayKind, Holiday, HolidayYear } from './holiday-year.js';
/** Validate untrusted JSON as a HolidayYear: the clean value or a list of problems. */
export { parseHolidayYear } from './holiday-year.js';
/** Official PRC arrangements 2024–2026 (CN_HOLIDAYS = all of them). */
export { CN_2024, CN_2025, CN_2026, CN_HOLIDAYS } from './holidays-cn.js';

/** Calendar shapes: mode, weekday hours, make-up weekday, holiday data; Coverage of holiday data. */
export type { CalendarMode, Coverage, HoursInterval, Instant, IsoWeekday, WorkCalendar } from './calendar.js';
/** Problems with a calendar (empty when valid). */
export { validateCalendar } from './calendar.js';
/** National classification of a local date: weekday / weekend / holiday / makeup. */
export { dayKind } from './calendar.js';
/** Whether the service point has working hours on a local date. */
export { isWorkingDay } from './calendar.js';
/** Working intervals of a local date as [start, end) UTC epoch ms. */
export { workingIntervalsOn } from './calendar.js';
/** Deadline: start + N working minutes. */
export { addWorkingTime } from './calendar.js';
/** Working minutes between two instants (inverse of addWorkingTime). */
export { workingMinutesBetween } from './calendar.js';
/** First working moment at or after an instant. */
export { nextWorkingMoment } from './calendar.js';
/** Which years have holiday data, which are missing, and whether the mode needs it. */
export { coverage } from './calendar.js';

/** A clock pause (to = null while running) and a display snapshot of a clock. */
export type { Pause, SlaStatus } from './pauses.js';
/** Working minutes on the clock, excluding pauses. */
export { elapsedWorkingMinutes } from './pauses.js';
/** Deadline pushed out by pauses; null while a pause runs (unless already overdue). */
export { deadlineWithPauses } from './pauses.js';
/** Elapsed / remaining / deadline / paused / breached at `now`. */
export { slaStatus } from './pauses.js';
