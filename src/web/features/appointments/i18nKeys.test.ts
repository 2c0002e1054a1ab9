import { describe, expect, it } from 'vitest';
import { TRADES } from '../../../domain/org/templates/types';
import { APPOINTMENT_STATUSES } from '../../../domain/appointments/capacity';
import { zhCN } from '../../i18n/zh-CN';
import { enUS } from '../../i18n/en-US';
import { CHANNELS } from './types';

type Tree = { [k: string]: string | Tree };
const get = (t: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), t);

/** Keys built at run time for customers, appointments and catalogs (the static-key test cannot see them). */
const dynamicKeys = [
  ...['person', 'company'].map((k) => `cust.kinds.${k}`),
  ...APPOINTMENT_STATUSES.map((s) => `appt.status.${s}`),
  ...CHANNELS.map((c) => `appt.channels.${c}`),
  ...['free', 'low', 'full'].map((l) => `appt.level.${l}`),
  ...['arrived', 'no_show', 'cancelled'].flatMap((s) => [`appt.actions.${s}`, `appt.done.${s}`]),
  'appt.actions.reception',
  ...['appointments', 'arrivals', 'noShows', 'appointmentRate', 'showRate', 'successRate'].flatMap((s) => [`appt.stats.${s}`, `appt.statHints.${s}`]),
  ...TRADES.map((x) => `trade.${x}`),
  ...['master', 'mid', 'apprentice'].map((g) => `grade.${g}`),
  ...['code', 'name', 'trade', 'category', 'defaultHours', 'partNo', 'unit', 'retailPriceFen', 'costPriceFen', 'isGenuine', 'brand'].map(
    (c) => `catalog.columns.${c}`,
  ),
];

describe('customer, appointment and catalog dictionaries', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ] as const)('%s has every run-time key', (_, dict) => {
    expect(dynamicKeys.filter((k) => typeof get(dict as unknown as Tree, k) !== 'string')).toEqual([]);
  });
});
