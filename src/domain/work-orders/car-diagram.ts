/**
 * The top-view car diagram of the pre-check (环车检查): zones in a 120 × 240 drawing (front at the top), each the
 * place of a damage area's marks. One source for the reception screen and the 任务委托书 print.
 */
export interface DiagramZone {
  /** The i18n key (wo.areas.<key>) and the stored Chinese area word. */
  key: string;
  zh: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export const DIAGRAM_VIEWBOX = { width: 120, height: 240 } as const;

export const DIAGRAM_ZONES: readonly DiagramZone[] = [
  { key: 'frontBumper', zh: '前保险杠', x: 22, y: 6, w: 76, h: 14 },
  { key: 'hood', zh: '引擎盖', x: 26, y: 22, w: 68, h: 38 },
  { key: 'glass', zh: '挡风玻璃', x: 28, y: 62, w: 64, h: 18 },
  { key: 'leftFront', zh: '左前门', x: 8, y: 82, w: 20, h: 44 },
  { key: 'rightFront', zh: '右前门', x: 92, y: 82, w: 20, h: 44 },
  { key: 'roof', zh: '车顶', x: 30, y: 82, w: 60, h: 76 },
  { key: 'leftRear', zh: '左后门', x: 8, y: 128, w: 20, h: 44 },
  { key: 'rightRear', zh: '右后门', x: 92, y: 128, w: 20, h: 44 },
  { key: 'trunk', zh: '后备箱盖', x: 26, y: 178, w: 68, h: 34 },
  { key: 'rearBumper', zh: '后保险杠', x: 22, y: 216, w: 76, h: 16 },
];

/** Where the n-th mark of an area is drawn: its zone's centre, later marks beside it, then a row lower; null for free text. */
export function markPosition(area: string, nthInArea: number): { x: number; y: number } | null {
  const z = DIAGRAM_ZONES.find((d) => d.zh === area.trim());
  if (!z) return null;
  const step = 7;
  return { x: z.x + z.w / 2 + [0, step, -step][nthInArea % 3], y: z.y + z.h / 2 + Math.floor(nthInArea / 3) * step };
}

/** Each mark's number (1-based, the list's order) and place on the diagram. */
export function placeMarks(marks: readonly { area: string }[]) {
  const seen = new Map<string, number>();
  return marks.map((m, i) => {
    const n = seen.get(m.area) ?? 0;
    seen.set(m.area, n + 1);
    return { n: i + 1, at: markPosition(m.area, n) };
  });
}
