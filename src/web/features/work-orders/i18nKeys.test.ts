import { describe, expect, it } from 'vitest';
import { PAYERS } from '../../../domain/work-orders/quote';
import { WORK_ORDER_ACTIONS } from '../../../domain/work-orders/status';
import { zhCN } from '../../i18n/zh-CN';
import { enUS } from '../../i18n/en-US';
import { PAYMENT_METHODS } from '../cashier/types';
import { FOLLOW_UP_TABS, SCORE_QUESTIONS } from '../follow-ups/types';
import { DAMAGE_AREAS, DAMAGE_KINDS, OLD_PARTS, WARNING_LIGHTS } from './types';

type Tree = { [k: string]: string | Tree };
const get = (t: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), t);

/** Keys built at run time for work orders, the cashier, follow-ups and the today panel. */
const dynamicKeys = [
  ...WORK_ORDER_ACTIONS.map((a) => `wo.actionHints.${a}`),
  ...PAYERS.map((p) => `wo.payers.${p}`),
  ...Object.keys(DAMAGE_KINDS).map((k) => `wo.damageKinds.${k}`),
  ...Object.keys(WARNING_LIGHTS).map((k) => `wo.lights.${k}`),
  ...DAMAGE_AREAS.map((a) => `wo.areas.${a}`),
  ...OLD_PARTS.map((o) => `wo.oldPartsOptions.${o}`),
  ...['labor', 'parts'].map((k) => `wo.kinds.${k}`),
  ...['received', 'signed', 'confirmed', 'completed', 'delivered'].map((k) => `wo.steps.${k}`),
  ...PAYMENT_METHODS.map((m) => `cashier.methods.${m}`),
  ...['none', 'pending_approval', 'approved', 'settled', 'rejected'].map((s) => `cashier.status.${s}`),
  ...FOLLOW_UP_TABS.flatMap((k) => [`fu.tabs.${k}`, `fu.empty.${k}`]),
  ...['pending', 'done', 'unreachable'].map((s) => `fu.status.${s}`),
  ...[...SCORE_QUESTIONS, 'fixed'].map((q) => `fu.questions.${q}`),
  ...['1', '2', '3', '4', '5'].map((n) => `fu.rate.${n}`),
  ...['followUpRate', 'csi', 'flagged'].map((k) => `fu.stats.${k}`),
  ...['arrivals', 'withAppointment', 'appointments', 'inRepair', 'labor', 'parts', 'collected'].map((k) => `today.cards.${k}`),
];

describe('work-order, cashier, follow-up and today dictionaries', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ] as const)('%s has every run-time key', (_, dict) => {
    expect(dynamicKeys.filter((k) => typeof get(dict as unknown as Tree, k) !== 'string')).toEqual([]);
  });
});
