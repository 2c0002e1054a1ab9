/**
 * The escalation ladder of an open on-site visit: engineer → 售后主管 → 总经理, each level with its own time limit
 * (minutes after the level started; the engineer's level starts at the response deadline).
 */

export const LADDER_LEVELS = ['engineer', 'supervisor', 'manager'] as const;
export type LadderLevel = (typeof LADDER_LEVELS)[number];

export const LADDER_ZH: Record<LadderLevel, string> = { engineer: '工程师', supervisor: '售后主管', manager: '总经理' };

/** Position titles that hold each level (the first title a point's organization has wins). */
export const LADDER_TITLES: Record<Exclude<LadderLevel, 'engineer'>, string[]> = {
  supervisor: ['售后主管', '维修保养部经理', '售后服务部经理', '服务经理', '车间主管'],
  manager: ['总经理', '售后服务总经理', '服务经理/维修站站长'],
};

/**
 * Default minutes each level has before the visit climbs to the next, counted from when the level started; the
 * engineer's level starts at the response deadline (0: a visit not reached by its deadline goes to 售后主管 then).
 */
export const DEFAULT_LADDER_MINUTES: Record<LadderLevel, number> = { engineer: 0, supervisor: 120, manager: 0 };

/**
 * The level to move to when `level` has run out of time, or null at the top.
 */
export function nextLevel(level: number): number | null {
  return level + 1 < LADDER_LEVELS.length ? level + 1 : null;
}

/**
 * When level `level` (0 = engineer) hands over to the next: level 0 starts at the response deadline and runs its
 * own limit; each further level runs from when it was reached. Null at the top (nothing further to escalate to).
 */
export function levelDueAt(level: number, levelStartedAt: Date, minutes: Record<LadderLevel, number> = DEFAULT_LADDER_MINUTES): Date | null {
  if (nextLevel(level) === null) return null;
  return new Date(levelStartedAt.getTime() + minutes[LADDER_LEVELS[level]] * 60_000);
}
