import { headcountStatus, type HeadcountStatus } from './rules.js';

export interface StaffingInput {
  positionId: string;
  departmentName: string | null;
  titleZh: string;
  titleEn: string;
  grade: string;
  plannedHeadcount: number;
  holders: string[];
}
export interface StaffingRow extends StaffingInput {
  actualHeadcount: number;
  gap: number;
  status: HeadcountStatus;
}

/** The staffing table (编制表): planned vs actual per position, with totals. */
export function buildStaffing(positions: StaffingInput[]) {
  const rows: StaffingRow[] = positions.map((p) => {
    const actual = p.holders.length;
    return { ...p, actualHeadcount: actual, gap: actual - p.plannedHeadcount, status: headcountStatus(p.plannedHeadcount, actual) };
  });
  return {
    rows,
    totals: {
      planned: rows.reduce((s, r) => s + r.plannedHeadcount, 0),
      actual: rows.reduce((s, r) => s + r.actualHeadcount, 0),
      vacantPositions: rows.filter((r) => r.status === 'vacant').length,
      overPositions: rows.filter((r) => r.status === 'over').length,
    },
  };
}
