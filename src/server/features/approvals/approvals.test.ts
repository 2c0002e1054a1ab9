import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import type { PendingApproval } from '../../../contracts/approvals.js';

let h: Harness;
let f: Factories;
let lines: { kind: 'labor' | 'parts'; laborOperationId?: string; partId?: string }[];

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  const labor = await f.laborOperation({ code: 'AP-001', name: '二级维护', defaultHours: 3 });
  const part = await f.part({ partNo: 'AP-PART-1', name: '前制动片(套)', retailPriceFen: 68000, costPriceFen: 43000 });
  lines = [
    { kind: 'labor', laborOperationId: labor.id },
    { kind: 'parts', partId: part.id },
  ];
});

type Inbox = { unread: number; items: { title: string; body: string; link: string }[] };
const ready = () => f.workOrder({ type: 'maintenance', concerns: '二级维护', lines, status: 'ready' });

describe('待我审批', () => {
  it('a discount above the advisor’s 5 % reaches the approver’s bell and list with its %, is approved there, and the requester hears back', async () => {
    const advisor = await h.login('advisor');
    const frontdesk = await h.login('frontdesk');
    const manager = await h.login('manager');
    const small = await ready();
    const big = await ready();
    const eight = (
      await advisor.call('POST', `/api/work-orders/${small.id}/settlement`, {
        body: { discountFen: Math.floor(small.quote.customerPayableFen * 0.08), reason: '老客户续保' },
      })
    ).body;
    const twenty = (
      await advisor.call('POST', `/api/work-orders/${big.id}/settlement`, {
        body: { discountFen: Math.floor(big.quote.customerPayableFen * 0.2), reason: '重大质量投诉' },
      })
    ).body;
    expect([eight.status, twenty.status]).toEqual(['pending_approval', 'pending_approval']);

    // The 前台主管 (10 %) is asked for the 8 %, the 服务经理 (20 %) for the 20 %: each in the bell, linking to 待我审批.
    const deskBell = (await frontdesk.get<Inbox>('/api/notifications')).body;
    expect(deskBell.unread).toBeGreaterThan(0);
    expect(deskBell.items.find((n) => n.title.includes(small.number))).toMatchObject({ link: '/approvals' });
    expect(deskBell.items.find((n) => n.title.includes(small.number))?.title).toContain('8%');
    expect(deskBell.items.some((n) => n.title.includes(big.number))).toBe(false);
    const managerBell = (await manager.get<Inbox>('/api/notifications')).body;
    expect(managerBell.items.find((n) => n.title.includes(big.number))?.title).toContain('20%');

    // The list holds what each may decide, with % and reason; the 8 % and 20 % read differently.
    const deskList = (await frontdesk.get<{ items: PendingApproval[] }>('/api/approvals/pending')).body.items;
    const mine = deskList.find((a) => a.id === eight.id)!;
    expect(mine).toMatchObject({ type: 'discount', pct: 8, reason: '老客户续保', link: `/cashier?workOrderId=${small.id}` });
    expect(mine.requestedByName).not.toBe('');
    expect(mine.amountLabel).toContain('8%');
    expect(deskList.some((a) => a.id === twenty.id)).toBe(false); // above the 前台主管's 10 %
    const managerList = (await manager.get<{ items: PendingApproval[] }>('/api/approvals/pending')).body.items;
    const theirs = managerList.find((a) => a.id === twenty.id)!;
    expect(theirs.pct).toBe(20);
    expect(theirs.amountLabel).toContain('20%');
    expect(theirs.amountLabel).not.toBe(mine.amountLabel);
    expect((await advisor.get<{ items: PendingApproval[] }>('/api/approvals/pending')).body.items).toEqual([]);

    // Approve from the list; the requester is told; the item leaves the list; a second decision is a conflict.
    const ok = await frontdesk.call('POST', `/api/approvals/discount/${eight.id}/decision`, { body: { version: mine.version, approve: true, note: '同意' } });
    expect(ok.status).toBe(200);
    expect((await advisor.get(`/api/work-orders/${small.id}/settlement`)).body.status).toBe('approved');
    const told = (await advisor.get<Inbox>('/api/notifications')).body.items;
    expect(told.some((n) => n.title.includes('优惠 8% 已批准'))).toBe(true);
    expect((await frontdesk.get<{ items: PendingApproval[] }>('/api/approvals/pending')).body.items.some((a) => a.id === eight.id)).toBe(false);
    expect((await frontdesk.call('POST', `/api/approvals/discount/${eight.id}/decision`, { body: { version: mine.version, approve: true } })).status).toBe(409);

    // Refuse from the list.
    const no = await manager.call('POST', `/api/approvals/discount/${twenty.id}/decision`, {
      body: { version: theirs.version, approve: false, note: '不符合政策' },
    });
    expect(no.status).toBe(200);
    expect((await advisor.get(`/api/work-orders/${big.id}/settlement`)).body.status).toBe('rejected');
  });

  it('a compensation above the handler’s limit is listed for the supervisor and decided from the list; unknown types are 404', async () => {
    const advisor = await h.login('advisor');
    const me = (await advisor.get('/api/auth/me')).body;
    const t = await f.ticket({
      channel: 'walk-in',
      kind: 'complaint',
      title: '漆面划伤',
      customerName: '钱先生',
      customerPhone: '13811112222',
      handlerEmployeeId: me.employeeId,
    });
    const c = (await advisor.call('POST', `/api/tickets/${t.id}/compensations`, { body: { amountFen: 80000, reason: '免费补漆' } })).body;
    const frontdesk = await h.login('frontdesk');
    const item = (await frontdesk.get<{ items: PendingApproval[] }>('/api/approvals/pending')).body.items.find((a) => a.id === c.id)!;
    expect(item).toMatchObject({ type: 'compensation', amountFen: 80000, pct: null, reason: '免费补漆', link: `/tickets/${t.id}` });
    expect(item.amountLabel).toContain('¥');
    const ok = await frontdesk.call('POST', `/api/approvals/compensation/${c.id}/decision`, { body: { version: item.version, approve: true } });
    expect(ok.status).toBe(200);
    expect((await advisor.get<Inbox>('/api/notifications')).body.items.some((n) => n.title.includes('已批准'))).toBe(true);
    expect((await frontdesk.call('POST', `/api/approvals/warranty/${c.id}/decision`, { body: { version: 1, approve: true } })).status).toBe(404);
  });
});
