import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories, SIGNATURE as SIG } from '../../test/factories.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

// The signature is written by one UPDATE that checks version and status itself (context.repo signDraft); the refusals
// it leaves to the locked read must stay what they were, and a point outside the scope must see nothing change.
const h = await createHarness({ network: true });
const f = createFactories(h);

describe('customer signature', () => {
  it('signs a draft (re-signing keeps the earlier time in the audit); stale 409, not a draft 409, another station 404 unchanged', async () => {
    const advisor = await h.login('advisor');
    const op = await f.laborOperation({ code: 'SG-001', name: '签字测试', defaultHours: 1 });
    const w = await f.workOrder({ lines: [{ kind: 'labor', laborOperationId: op.id }] });
    const sign = (version: number, by = advisor) => by.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version, signature: SIG } });

    const outsider = await h.login('s2-advisor');
    const hidden = await sign(w.version, outsider);
    expect(hidden.status).toBe(404);
    const still = (await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body;
    expect(still.version).toBe(w.version);
    expect(still.signedAt).toBeNull();

    const first = await sign(w.version);
    expect(first.status).toBe(200);
    expect(first.body.signedAt).not.toBeNull();
    expect(first.body.version).toBe(w.version + 1);
    expect(first.body.lines).toHaveLength(1);
    expect((await sign(w.version)).status).toBe(409);
    const again = await sign(first.body.version);
    expect(again.status).toBe(200);
    const audit = await (await h.login('admin')).get<{ items: { action: string; before: { signedAt: string | null } }[] }>(
      `/api/audit-entries?entityId=${w.id}`,
    );
    const signs = audit.body.items.filter((e) => e.action === 'work-order.sign').map((e) => e.before.signedAt);
    expect(signs.sort()).toEqual([null, first.body.signedAt].sort());

    const confirmed = (await f.act(again.body, 'confirm')).body;
    const late = await sign(confirmed.version);
    expect(late.status).toBe(409);
    expect((late.body as unknown as { error: { code: string } }).error.code).toBe('ILLEGAL_TRANSITION');
  });
});
