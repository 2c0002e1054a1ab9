import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import type { Report } from '../../../contracts/network-reports.js';

const h = await createHarness({ network: true });
const f = createFactories(h);
const rollups = rollupService({ database: h.database, config: h.config, now: h.now });

describe('reports upward', () => {
  it('the station manager drafts the monthly report with the KPI figures, edits, submits; the region acknowledges', async () => {
    h.setNow('2026-11-10T02:00:00Z');
    await f.workOrder({ status: 'delivered' });
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-11-30T10:00:00Z');
    await rollups.rebuild({ from: '2026-11-10', to: '2026-11-10', pointCodes: ['ST-0001'] });
    const manager = await h.login('manager');
    // A period in the future is a field error and makes nothing.
    const future = await manager.call('POST', '/api/network-reports', { body: { kind: 'monthly', period: '2026-12' } });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual([{ path: 'period', message: '报告期间不能在将来' }]);
    expect(ok(await manager.get('/api/network-reports'), 'list').total).toBe(0);

    const r = ok(await manager.call<Report>('POST', '/api/network-reports', { body: { kind: 'monthly', period: '2026-11' } }), 'create');
    expect(r).toMatchObject({ status: 'draft', periodFrom: '2026-11-01', periodTo: '2026-11-30', canEdit: true, canAcknowledge: false });
    expect(r.figures.carsIn.value).toBe(2);
    expect(r.figures.carsSettled.value).toBe(2);
    expect(r.sections.map((s) => s.titleZh)).toContain('服务利润');
    expect((await manager.call('POST', '/api/network-reports', { body: { kind: 'monthly', period: '2026-11' } })).status).toBe(409);

    const bad = await manager.call('PATCH', `/api/network-reports/${r.id}`, { body: { version: r.version, sections: { nope: 'x' } } });
    expect(bad.status).toBe(400);
    const edited = ok(
      await manager.call<Report>('PATCH', `/api/network-reports/${r.id}`, { body: { version: r.version, sections: { plan: '下月加强预约,目标预约率 30%' } } }),
      'edit',
    );
    expect(edited.sections.find((s) => s.key === 'plan')?.text).toContain('预约率');
    expect((await manager.call('PATCH', `/api/network-reports/${r.id}`, { body: { version: r.version, sections: { plan: 'stale' } } })).status).toBe(409);
    // The station cannot acknowledge its own report.
    const own = await manager.call('POST', `/api/network-reports/${r.id}/actions`, { body: { version: edited.version, action: 'acknowledge' } });
    expect(own.status).toBe(422);
    const submitted = ok(
      await manager.call<Report>('POST', `/api/network-reports/${r.id}/actions`, { body: { version: edited.version, action: 'submit' } }),
      'submit',
    );
    expect(submitted).toMatchObject({ status: 'submitted', canEdit: false });
    expect((await manager.call('PATCH', `/api/network-reports/${r.id}`, { body: { version: submitted.version, sections: { plan: 'late' } } })).status).toBe(
      409,
    );

    // The regional manager sees it in the archive (searchable) and acknowledges it; the other region does not see it.
    const region = await h.login('region');
    const found = ok(await region.get(`/api/network-reports?q=${encodeURIComponent('预约率')}`), 'search');
    expect(found.items.map((x: Report) => x.id)).toEqual([r.id]);
    expect(found.items[0].canAcknowledge).toBe(true);
    expect(ok(await region.get(`/api/network-reports?q=${encodeURIComponent('没有这段话')}`), 'search none').total).toBe(0);
    const south = await h.login('south-region');
    expect((await south.get(`/api/network-reports/${r.id}`)).status).toBe(404);
    const ack = ok(
      await region.call<Report>('POST', `/api/network-reports/${r.id}/actions`, {
        body: { version: submitted.version, action: 'acknowledge', note: '收到,预约率需提升' },
      }),
      'ack',
    );
    expect(ack).toMatchObject({ status: 'acknowledged', acknowledgeNote: '收到,预约率需提升' });
    expect(ack.acknowledgedByName).toBeTruthy();
    expect((await region.call('POST', `/api/network-reports/${r.id}/actions`, { body: { version: ack.version, action: 'acknowledge' } })).status).toBe(409);

    // A4 print (escaped) and .xlsx.
    const print = await manager.get(`/api/network-reports/${r.id}/print`);
    expect(print.status).toBe(200);
    expect(print.body).toContain('下月加强预约');
    expect(print.body).toContain('@page { size: A4');
    const x = await manager.get(`/api/network-reports/${r.id}/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    expect(JSON.stringify(wb.getWorksheet('报告')!.getSheetValues())).toContain('下月加强预约');
  }, 120_000);

  it('commentary is escaped on paper; quarterly and annual reports use their templates', async () => {
    const manager = await h.login('manager');
    const q = ok(await manager.call<Report>('POST', '/api/network-reports', { body: { kind: 'quarterly', period: '2026-Q4' } }), 'quarter');
    expect(q.sections.map((s) => s.key)).toEqual(['overview', 'quality', 'issues', 'actions', 'plan']);
    ok(
      await manager.call('PATCH', `/api/network-reports/${q.id}`, { body: { version: q.version, sections: { issues: '<script>alert(1)</script>' } } }),
      'edit',
    );
    const print = await manager.get(`/api/network-reports/${q.id}/print`);
    expect(print.body).not.toContain('<script>alert(1)</script>');
    expect(print.body).toContain('&lt;script&gt;');
    const y = await manager.call('POST', '/api/network-reports', { body: { kind: 'annual', period: '2027' } });
    expect(y.status).toBe(400);
    const ok2026 = ok(await manager.call<Report>('POST', '/api/network-reports', { body: { kind: 'annual', period: '2026' } }), 'annual');
    expect(ok2026.title).toContain('年度总结');
  });
});
