import { describe, expect, it } from 'vitest';
import { PRIORITIES, TICKET_ACTIONS, TICKET_CHANNELS, TICKET_KINDS, TICKET_STATUSES } from '../../../domain/tickets/status';
import { zhCN } from '../../i18n/zh-CN';
import { enUS } from '../../i18n/en-US';
import { CAUSES } from './causes';
import { IMPROVEMENT_STATUSES } from './types';

type Tree = { [k: string]: string | Tree };
const get = (t: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), t);

/** Keys built at run time (t(`ticket.status.${s}`)) that the static-key test cannot see. */
const dynamicKeys = [
  ...TICKET_STATUSES.map((s) => `ticket.status.${s}`),
  ...PRIORITIES.map((p) => `ticket.priority.${p}`),
  ...TICKET_KINDS.map((k) => `ticket.kinds.${k}`),
  ...TICKET_CHANNELS.map((c) => `ticket.channels.${c}`),
  ...TICKET_ACTIONS.map((a) => `ticket.actions.${a}`),
  ...TICKET_ACTIONS.filter((a) => a !== 'assign').map((a) => `ticket.events.${a}`),
  ...['wait_customer', 'resume', 'resolve', 'confirm', 'reopen', 'close'].map((a) => `ticket.actionHints.${a}`),
  ...['d', 'h', 'm'].map((u) => `ticket.units.${u}`),
  ...['approved', 'pending', 'rejected'].map((s) => `ticket.compStatus.${s}`),
  ...CAUSES.map((c) => `crm.causes.${c.key}`),
  ...IMPROVEMENT_STATUSES.map((s) => `crm.improvement.status.${s}`),
  ...['received', 'complaints', 'open', 'breachedOpen', 'responseCompliance', 'resolutionCompliance', 'csi'].map((c) => `crm.cards.${c}`),
  ...['workdays', 'everyday', '24x7'].flatMap((m) => [`tset.modes.${m}`, `tset.modeHints.${m}`]),
  ...['1', '2', '3', '4', '5', '6', '7'].map((d) => `tset.weekdays.${d}`),
  ...['any', 'yes', 'no'].map((v) => `tset.vip.${v}`),
  ...['1', '2', '3', '4', '5'].map((n) => `feedback.rate.${n}`),
  ...['type', 'size'].map((p) => `feedback.attachment.${p}`),
];

describe('ticket dictionaries', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ] as const)('%s has every run-time key', (_, dict) => {
    expect(dynamicKeys.filter((k) => typeof get(dict as unknown as Tree, k) !== 'string')).toEqual([]);
  });
});
