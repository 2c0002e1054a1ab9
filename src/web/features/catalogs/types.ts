import type { LaborOperation, Part } from '../../../contracts/catalogs';
import { REPAIR_CATEGORY_LABELS, type RepairCategory } from '../../../domain/work-orders/guarantee';
import type { SkillGrade, Trade } from '../../../domain/org/templates/types';

export type { LaborOperation, Part };

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LaborRate {
  trade: Trade;
  skillGrade: SkillGrade;
  rateFen: number;
  version: number;
}

/** Repair category (维修类别) in the UI language. */
export const categoryLabel = (c: string, lang: string) => {
  const l = REPAIR_CATEGORY_LABELS[c as RepairCategory];
  return l ? (lang === 'en-US' ? l.en : l.zh) : c;
};

/** Hours with at most 3 decimals, without trailing zeros. */
export const formatHours = (h: number) => String(Number(h.toFixed(3)));
