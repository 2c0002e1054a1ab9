import { describe, expect, it } from 'vitest';
import { PAUSE_REASONS } from '../../../domain/dispatch/pause';
import { PART_LINE_STATUSES } from '../../../domain/parts/stock';
import { zhCN } from '../../i18n/zh-CN';
import { enUS } from '../../i18n/en-US';

type Tree = { [k: string]: string | Tree };
const get = (t: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), t);

/** Keys built at run time on the workshop and parts pages. */
const dynamicKeys = [
  ...['unassigned', 'assigned', 'in_progress', 'paused', 'waiting_parts', 'finished', 'rework', 'cancelled'].map((s) => `ws.cardState.${s}`),
  ...['pending', 'inProgress', 'waitingParts', 'qc', 'ready'].map((s) => `ws.counts.${s}`),
  ...['start', 'pause', 'finish'].map((s) => `ws.done.${s}`),
  ...PAUSE_REASONS.map((r) => `ws.pauseReasons.${r}`),
  ...['labor', 'parts'].map((s) => `ws.kinds.${s}`),
  ...['productivity', 'efficiency', 'firstTimeFix'].flatMap((k) => [`ws.kpi.${k}`, `ws.kpi.${k}Hint`]),
  ...PART_LINE_STATUSES.map((s) => `parts.lineStatus.${s}`),
];

describe('workshop and parts dictionaries', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ] as const)('%s has every run-time key', (_, dict) => {
    expect(dynamicKeys.filter((k) => typeof get(dict as unknown as Tree, k) !== 'string')).toEqual([]);
  });
});
