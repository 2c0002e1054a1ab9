import type { Answer } from '../../api/paths';
import { REPAIR_CATEGORY_LABELS, type RepairCategory } from '../../../domain/work-orders/guarantee';

export type LaborOperation = Answer<'/labor-operations'>['items'][number];
export type Part = Answer<'/parts'>['items'][number];
export type LaborRate = Answer<'/labor-rates'>['items'][number];

/** Repair category (维修类别) in the UI language. */
export const categoryLabel = (c: string, lang: string) => {
  const l = REPAIR_CATEGORY_LABELS[c as RepairCategory];
  return l ? (lang === 'en-US' ? l.en : l.zh) : c;
};

/** Hours with at most 3 decimals, without trailing zeros. */
export const formatHours = (h: number) => String(Number(h.toFixed(3)));
