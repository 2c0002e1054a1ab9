/**
 * The difficult-case ladder (疑难技术求助): level 0 is the raising station's technical support (技术主管), each level
 * above is the next point up the network (regional centre's 技术支持, then the manufacturer's 技术支援). Each level
 * has its own time limit in working minutes on the handling point's calendar; past the top there is nowhere to go.
 */
export const LEVEL_MINUTES = [240, 480, 960] as const;
/** The time limit of a level (the top's limit repeats for deeper networks). */
export const levelMinutes = (level: number) => LEVEL_MINUTES[Math.min(level, LEVEL_MINUTES.length - 1)];

/** What a level is called, from the kind of point that holds it. */
export function levelName(level: number, pointKind: string): string {
  if (level === 0) return '本站技术主管';
  if (pointKind === 'hq') return '主机厂技术支援';
  if (pointKind === 'regional') return '区域技术支持';
  return `上级技术支持(第 ${level + 1} 级)`;
}

export type LadderStep = { ok: true; level: number; pointId: string } | { ok: false; message: string };
/**
 * One level up from the handling point: its parent. The path is the handling point's '/root/…/own/'; a request that
 * is answered or closed does not move.
 */
export function nextLevel(r: { status: string; level: number; handlingPath: string }): LadderStep {
  if (r.status !== 'open') return { ok: false, message: '只有待答复的求助可以升级' };
  const ids = r.handlingPath.split('/').filter(Boolean);
  if (ids.length < 2) return { ok: false, message: '已是最高一级(主机厂),不能继续升级' };
  return { ok: true, level: r.level + 1, pointId: ids[ids.length - 2] };
}
