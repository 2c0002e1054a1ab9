/** Property-style checks of the work-order machine over seeded (LCG) action sequences; no Math.random. */
import { describe, expect, it } from 'vitest';
import {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATUSES,
  WORK_ORDER_TYPES,
  allowedActions,
  applyWorkOrderAction,
  nextWorkOrderStatus,
  type WorkOrderStatus,
  type WorkOrderType,
} from './status.js';

/** Numerical Recipes LCG in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SEQUENCES = 300;
const MAX_LENGTH = 8;
const starts = WORK_ORDER_TYPES.flatMap((type) => WORK_ORDER_STATUSES.map((status) => [type, status] as const));

describe.each(starts)('%s from %s', (type, start) => {
  it('random action sequences stay within the defined statuses', () => {
    const rnd = lcg(20250926 + WORK_ORDER_STATUSES.indexOf(start) * 31 + WORK_ORDER_TYPES.indexOf(type));
    for (let i = 0; i < SEQUENCES; i++) {
      let status: WorkOrderStatus = start;
      let reworkCount = 0;
      let qcFails = 0;
      const path: string[] = [start];
      const length = Math.floor(rnd() * (MAX_LENGTH + 1));
      for (let k = 0; k < length; k++) {
        const action = WORK_ORDER_ACTIONS[Math.floor(rnd() * WORK_ORDER_ACTIONS.length)];
        const r = applyWorkOrderAction({ type, status, reworkCount }, action, { reason: '测试' });
        expect(r.ok, `${path.join(' → ')} ${action}`).toBe(allowedActions(status, type).includes(action));
        if (!r.ok) continue;
        if (status === 'closed' || status === 'cancelled') throw new Error(`left terminal ${status} by ${action}`);
        if (r.status === 'closed') expect(status).toBe('delivered');
        // Release control: a customer's car is handed over only after settlement (or 挂账).
        if (r.status === 'delivered' && type !== 'internal') expect(status).toBe('settled');
        if (action === 'qc_fail') qcFails++;
        status = r.status;
        reworkCount = r.reworkCount;
        path.push(status);
        expect(WORK_ORDER_STATUSES).toContain(status);
      }
      expect(reworkCount).toBe(qcFails);
      if (type === 'internal') expect(path.slice(1)).not.toContain('settled'); // never enters it
    }
  });
});

describe('terminal statuses', () => {
  it.each(
    WORK_ORDER_TYPES.flatMap(
      (t) =>
        [
          [t, 'closed'],
          [t, 'cancelled'],
        ] as [WorkOrderType, WorkOrderStatus][],
    ),
  )('%s: %s accepts no action', (type, status) => {
    expect(allowedActions(status, type)).toEqual([]);
    for (const a of WORK_ORDER_ACTIONS) expect(nextWorkOrderStatus(status, a, type).ok).toBe(false);
  });
});

describe('reachability from draft', () => {
  const reachable = (type: WorkOrderType) => {
    const seen = new Set<WorkOrderStatus>(['draft']);
    const queue: WorkOrderStatus[] = ['draft'];
    while (queue.length) {
      const s = queue.shift() as WorkOrderStatus;
      for (const a of allowedActions(s, type)) {
        const r = nextWorkOrderStatus(s, a, type);
        if (r.ok && !seen.has(r.to)) {
          seen.add(r.to);
          queue.push(r.to);
        }
      }
    }
    return seen;
  };
  it.each(WORK_ORDER_TYPES.filter((t) => t !== 'internal'))('%s reaches every status', (type) => {
    expect([...reachable(type)].sort()).toEqual([...WORK_ORDER_STATUSES].sort());
  });
  it('internal reaches every status but settled', () => {
    expect([...reachable('internal')].sort()).toEqual(WORK_ORDER_STATUSES.filter((s) => s !== 'settled').sort());
  });
  it.each(WORK_ORDER_TYPES)('%s: every non-terminal status can still end', (type) => {
    for (const s of WORK_ORDER_STATUSES) {
      if (s === 'closed' || s === 'cancelled') continue;
      expect(allowedActions(s, type).length, s).toBeGreaterThan(0);
    }
  });
});
