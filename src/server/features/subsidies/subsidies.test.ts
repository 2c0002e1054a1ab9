import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import type { SubsidyStatement } from '../../../contracts/subsidies.js';

const h = await createHarness({ network: true });
const f = createFactories(h);
const rollups = rollupService({ database: h.database, config: h.config, now: h.now });

describe('service subsidies', () => {
  it('rules per dealer type; a finished month computed from settled orders; adjusted, reviewed, approved within authority; .xlsx', async () => {
    h.setNow('2026-10-15T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    await f.workOrder({ status: 'settled' });
    await f.workOrder({ status: 'delivered' });
    await f.workOrder({ status: 'in_progress' }); // not completed: no subsidy
    h.setNow('2026-11-22T02:00:00Z');
    await rollups.rebuild({ from: '2026-10-15', to: '2026-10-15', pointCodes: ['ST-0001'] });

    const net = await h.login('hq-network');
    const noRules = await net.call('POST', '/api/subsidies/statements', { body: { month: '2026-10' } });
    expect(noRules.status).toBe(400);
    expect(noRules.body.error.fields[0].path).toBe('month');
    const bad = await net.call('PUT', '/api/subsidies/rules', { body: { rules: [{ pointKind: 'station', basis: 'settled_orders', amountFen: -5000 }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'rules.0.amountFen', message: expect.stringContaining('不小于 0') }]);
    expect(ok(await net.get('/api/subsidies/rules'), 'rules').rules).toEqual([]);
    ok(await net.call('PUT', '/api/subsidies/rules', { body: { rules: [{ pointKind: 'station', basis: 'settled_orders', amountFen: 5000 }] } }), 'rules');

    // The current month is not finished.
    const current = await net.call('POST', '/api/subsidies/statements', { body: { month: '2026-11' } });
    expect(current.status).toBe(400);
    expect(current.body.error.fields[0]).toEqual({ path: 'month', message: '只能核算已结束的月份 (only a finished month)' });

    const s = ok(await net.call<SubsidyStatement>('POST', '/api/subsidies/statements', { body: { month: '2026-10' } }), 'compute');
    expect(s.status).toBe('computed');
    expect(s.lines.map((l) => [l.dealerCode, l.settledOrders, l.amountFen])).toEqual([
      ['ST-0001', 3, 15_000],
      ['ST-0002', 0, 0],
      ['ST-0003', 0, 0],
    ]);
    expect(s.lines[0].basisText).toBe('结算工单台次 3 × 50.00 元');
    expect(s.totalFen).toBe(15_000);
    expect((await net.call('POST', '/api/subsidies/statements', { body: { month: '2026-10' } })).status).toBe(409);

    // An adjustment needs its reason.
    const st2 = s.lines[1];
    const noNote = await net.call('PATCH', `/api/subsidies/statements/${s.id}/lines/${st2.id}`, { body: { version: s.version, adjustFen: 2000 } });
    expect(noNote.status).toBe(400);
    const adj = ok(
      await net.call<SubsidyStatement>('PATCH', `/api/subsidies/statements/${s.id}/lines/${st2.id}`, {
        body: { version: s.version, adjustFen: 2000, note: '10月外出救援 1 台补录' },
      }),
      'adjust',
    );
    expect(adj.totalFen).toBe(17_000);
    expect(adj.lines[1]).toMatchObject({ adjustFen: 2000, payableFen: 2000 });

    const reviewed = ok(
      await net.call<SubsidyStatement>('POST', `/api/subsidies/statements/${s.id}/actions`, { body: { version: adj.version, action: 'review' } }),
      'review',
    );
    expect(reviewed).toMatchObject({ status: 'reviewed', canApprove: false });
    // The reviewer never approves; adjusting a reviewed statement is refused.
    const self = await net.call('POST', `/api/subsidies/statements/${s.id}/actions`, { body: { version: reviewed.version, action: 'approve' } });
    expect(self.status).toBe(422);
    expect(self.body.error.message).toContain('不能审批自己');
    expect((await net.call('PATCH', `/api/subsidies/statements/${s.id}/lines/${st2.id}`, { body: { version: reviewed.version, adjustFen: 0 } })).status).toBe(
      409,
    );
    const director = await h.login('hq');
    expect(ok(await director.get(`/api/subsidies/statements/${s.id}`), 'get').canApprove).toBe(true);
    const approved = ok(
      await director.call<SubsidyStatement>('POST', `/api/subsidies/statements/${s.id}/actions`, { body: { version: reviewed.version, action: 'approve' } }),
      'approve',
    );
    expect(approved).toMatchObject({ status: 'approved', approvedByName: expect.any(String) });

    // The export for payment.
    const x = await net.get(`/api/subsidies/statements/${s.id}/export`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const rows = wb.getWorksheet('服务补贴')!.getSheetValues() as unknown[][];
    const st1 = rows.find((r) => r?.[1] === 'ST-0001')!;
    expect([st1[1], ...st1.slice(3, 8)]).toEqual(['ST-0001', 3, 0, 150, 0, 150]);
    expect(rows.find((r) => r?.[1] === '合计')?.[7]).toBe(170);

    // Above the approver's authority: refused with the limit; a region does not see HQ's statements.
    const sep = ok(await net.call<SubsidyStatement>('POST', '/api/subsidies/statements', { body: { month: '2026-09' } }), 'september');
    const big = ok(
      await net.call<SubsidyStatement>('PATCH', `/api/subsidies/statements/${sep.id}/lines/${sep.lines[0].id}`, {
        body: { version: sep.version, adjustFen: 3_000_000, note: '年度奖励' },
      }),
      'big',
    );
    const rev = ok(
      await director.call<SubsidyStatement>('POST', `/api/subsidies/statements/${sep.id}/actions`, { body: { version: big.version, action: 'review' } }),
      'rev',
    );
    const over = await net.call('POST', `/api/subsidies/statements/${sep.id}/actions`, { body: { version: rev.version, action: 'approve' } });
    expect(over.status).toBe(422);
    expect(over.body.error.message).toContain('超出您的审批权限');
    expect((await (await h.login('region')).get(`/api/subsidies/statements/${sep.id}`)).status).toBe(404);
  }, 120_000);
});

describe('subsidy statements in 待我审批', () => {
  it('a reviewed statement waits for the approver with amount, reviewer and link; refused goes back, approved there within authority', async () => {
    h.setNow('2026-08-10T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-11-22T02:00:00Z');
    await rollups.rebuild({ from: '2026-08-10', to: '2026-08-10', pointCodes: ['ST-0001'] });
    const net = await h.login('hq-network');
    ok(await net.call('PUT', '/api/subsidies/rules', { body: { rules: [{ pointKind: 'station', basis: 'settled_orders', amountFen: 5000 }] } }), 'rules');
    const s = ok(await net.call<SubsidyStatement>('POST', '/api/subsidies/statements', { body: { month: '2026-08' } }), 'compute');
    const reviewed = ok(
      await net.call<SubsidyStatement>('POST', `/api/subsidies/statements/${s.id}/actions`, { body: { version: s.version, action: 'review' } }),
      'review',
    );
    type Item = { type: string; id: string; version: number };
    const mine = async (as: Awaited<ReturnType<typeof h.login>>) =>
      ok(await as.get('/api/approvals/pending'), 'pending').items.filter((i: Item) => i.type === 'subsidy' && i.id === s.id);
    // The reviewer never sees their own; a region does not see HQ's; the director does, with the figures.
    expect(await mine(net)).toEqual([]);
    expect(await mine(await h.login('region'))).toEqual([]);
    const director = await h.login('hq');
    const [item] = await mine(director);
    expect(item).toMatchObject({
      type: 'subsidy',
      title: '服务补贴结算 2026-08',
      amountFen: reviewed.totalFen,
      amountLabel: `补贴 ¥${(reviewed.totalFen / 100).toFixed(2)}`,
      requestedByName: reviewed.reviewedByName,
      link: `/network/subsidies?statement=${s.id}`,
      version: reviewed.version,
    });
    expect(reviewed.totalFen).toBeGreaterThan(0);

    // A stale decision changes nothing; refusing sends it back to 已计算 (out of the list).
    expect((await director.call('POST', `/api/approvals/subsidy/${s.id}/decision`, { body: { version: s.version, approve: true } })).status).toBe(409);
    ok(
      await director.call('POST', `/api/approvals/subsidy/${s.id}/decision`, { body: { version: item.version, approve: false, note: '请核对8月台次' } }),
      'refuse',
    );
    const back = ok(await director.get(`/api/subsidies/statements/${s.id}`), 'get');
    expect(back).toMatchObject({ status: 'computed', reviewedByName: null });
    expect(await mine(director)).toEqual([]);

    // Reviewed again, then approved from 待我审批.
    const again = ok(
      await net.call<SubsidyStatement>('POST', `/api/subsidies/statements/${s.id}/actions`, { body: { version: back.version, action: 'review' } }),
      're-review',
    );
    const [item2] = await mine(director);
    ok(await director.call('POST', `/api/approvals/subsidy/${s.id}/decision`, { body: { version: item2.version, approve: true, note: '' } }), 'approve');
    expect(ok(await director.get(`/api/subsidies/statements/${s.id}`), 'get')).toMatchObject({ status: 'approved', version: again.version + 1 });
    expect(await mine(director)).toEqual([]);
  }, 120_000);
});
