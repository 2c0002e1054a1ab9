import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { WORK_ORDER_ACTION_LABELS, WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS, type Label } from '../../../domain/work-orders/labels';
import { REPAIR_CATEGORY_LABELS } from '../../../domain/work-orders/guarantee';
import type { WorkOrderAction, WorkOrderStatus, WorkOrderType } from '../../../domain/work-orders/status';
import type { Payer } from '../../../domain/work-orders/quote';

export type WorkOrder = Answer<'/work-orders/{id}'>;
/** A work order in a list: the header and its stored totals (no lines, no split per payer). */
export type WorkOrderListItem = Answer<'/work-orders'>['items'][number];
export type { WorkOrderAction, WorkOrderStatus, WorkOrderType, Payer };
export type WorkOrderLine = WorkOrder['lines'][number];
export type PreCheck = WorkOrder['preCheck'];

/** Pre-check vocabularies: stored in Chinese (as printed on the 任务委托书), shown through i18n keys. */
export const DAMAGE_KINDS = { scratch: '划痕', dent: '凹陷', broken: '破损', paint: '掉漆', other: '其他' } as const;
export const WARNING_LIGHTS = {
  engine: '发动机故障灯',
  abs: 'ABS',
  airbag: '安全气囊',
  tpms: '胎压',
  oil: '机油压力',
  brake: '刹车',
  charging: '充电',
} as const;
export const DAMAGE_AREAS = [
  'frontBumper',
  'rearBumper',
  'hood',
  'roof',
  'trunk',
  'leftFront',
  'rightFront',
  'leftRear',
  'rightRear',
  'wheels',
  'glass',
  'interior',
] as const;
/** The i18n key of a stored Chinese word (undefined for free text). */
export const keyOfWord = (dict: Record<string, string>, word: string) => Object.entries(dict).find(([, zh]) => zh === word)?.[0];
export const OLD_PARTS = ['customer-takes', 'customer-waives', 'none'] as const;

/** Statuses in which the car is at the station and the order is still being worked (the 在厂 tab). */
export const OPEN_STATUSES: WorkOrderStatus[] = ['draft', 'confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'];

/** Names of types, statuses, actions and repair categories in the UI language (from src/domain, the one source). */
export function useWoLabels() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  return useMemo(() => {
    const pick = (l: Label | undefined, fallback: string) => (l ? (en ? l.en : l.zh) : fallback);
    return {
      type: (v: string) => pick(WORK_ORDER_TYPE_LABELS[v as WorkOrderType], v),
      status: (v: string) => pick(WORK_ORDER_STATUS_LABELS[v as WorkOrderStatus], v),
      action: (v: string) => pick(WORK_ORDER_ACTION_LABELS[v as WorkOrderAction], v),
      category: (v: string) => pick(REPAIR_CATEGORY_LABELS[v as keyof typeof REPAIR_CATEGORY_LABELS], v),
    };
  }, [en]);
}
