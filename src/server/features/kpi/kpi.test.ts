import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ADMIN_PASSWORD, createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import type { KpiView } from '../../../contracts/kpi.js';

const h = await createHarness();
const f = createFactories(h);
const rollups = rollupService({ database: h.database, config: h.config, now: h.now });
const station = h.installed.orgPointId;
const fig = (v: KpiView, key: string) => v.kpis.find((k) => k.key === key)!;

describe('the KPI pack over the rollups', () => {
  it('a day, compared with the day before and last year; the station drills down to its advisors', async () => {
    h.setNow('2026-11-21T02:00:00Z');
    await f.workOrder({ status: 'delivered' });
    h.setNow('2026-11-22T02:00:00Z');
    await f.workOrder({ status: 'delivered' });
    await f.workOrder({ status: 'settled' });
    await f.workOrder({ status: 'in_progress' });
    await rollups.rebuild({ from: '2026-11-21', to: '2026-11-22' });
    await rollups.rebuild({ from: '2025-11-22', to: '2025-11-22' });
    const admin = await h.login('admin');
    const v = ok(await admin.get<KpiView>('/api/kpi?period=day'), 'kpi');
    expect(v.period).toEqual({ kind: 'day', from: '2026-11-22', to: '2026-11-22' });
    expect(v.previous).toEqual({ from: '2026-11-21', to: '2026-11-21' });
    expect(v.lastYear).toEqual({ from: '2025-11-22', to: '2025-11-22' });
    expect(fig(v, 'carsIn')).toMatchObject({ value: 3, previous: 1, lastYear: 0 });
    expect(fig(v, 'carsSettled')).toMatchObject({ value: 2, previous: 1 });
    expect(fig(v, 'revenue').value).toBeGreaterThan(0);
    expect(fig(v, 'avgTicket').value).toBeCloseTo(fig(v, 'revenue').value! / 2, 6);
    expect(fig(v, 'sameDayDelivery').value).toBe(1);
    expect(fig(v, 'revenue').formulaZh).toContain('工时产值');
    expect(v.children).toEqual([]);
    const advisors = v.people.filter((p) => p.role === 'advisor');
    expect(advisors.reduce((s, p) => s + (p.values.carsIn ?? 0), 0)).toBe(3);
    expect(advisors.every((p) => p.values.productivity === null)).toBe(true);
    // The month holds both days; the trend has one bucket per day with the counts.
    const m = ok(await admin.get<KpiView>('/api/kpi?period=month&date=2026-11-05'), 'kpi month');
    expect(fig(m, 'carsIn').value).toBe(4);
    expect(m.trend).toHaveLength(30);
    expect(m.trend.find((t) => t.label === '2026-11-21')?.values.carsIn).toBe(1);
  }, 120_000);

  it('targets: below zero or a ratio above 1 is a field error and changes nothing; a set target is compared', async () => {
    const admin = await h.login('admin');
    const bad = await admin.call('PUT', '/api/kpi/targets', { body: { servicePointId: station, targets: { carsSettled: 1, partsFill: 1.5, revenue: -1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['targets.partsFill', 'targets.revenue']);
    expect(ok(await admin.get(`/api/kpi/targets?servicePointId=${station}`), 'targets').targets).toEqual({});
    ok(await admin.call('PUT', '/api/kpi/targets', { body: { servicePointId: station, targets: { carsSettled: 3, comebackRate: 0.05 } } }), 'set');
    const v = ok(await admin.get<KpiView>('/api/kpi?period=day&date=2026-11-22'), 'kpi');
    expect(fig(v, 'carsSettled')).toMatchObject({ target: 3, targetMet: false });
    expect(fig(v, 'comebackRate')).toMatchObject({ target: 0.05, targetMet: true });
    ok(await admin.call('PUT', '/api/kpi/targets', { body: { servicePointId: station, targets: { carsSettled: null } } }), 'clear');
    expect(ok(await admin.get(`/api/kpi/targets?servicePointId=${station}`), 'targets').targets).toEqual({ comebackRate: 0.05 });
    const advisor = await h.login('advisor');
    expect((await advisor.call('PUT', '/api/kpi/targets', { body: { servicePointId: station, targets: { carsSettled: 1 } } })).status).toBe(403);
  });

  it('custom periods need both dates in order; the export is an .xlsx of the same view', async () => {
    const admin = await h.login('admin');
    const missing = await admin.get('/api/kpi?period=custom&from=2026-11-01');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('to');
    expect((await admin.get('/api/kpi?period=custom&from=2026-11-30&to=2026-11-01')).status).toBe(400);
    const v = ok(await admin.get<KpiView>('/api/kpi?period=custom&from=2026-11-20&to=2026-11-22'), 'custom');
    expect(v.previous).toEqual({ from: '2026-11-17', to: '2026-11-19' });
    const x = await admin.get('/api/kpi/export?period=custom&from=2026-11-20&to=2026-11-22');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const rows = wb.getWorksheet('KPI')!.getSheetValues().filter(Boolean) as unknown[][];
    const cars = rows.find((r) => r[1] === '进厂台次')!;
    expect(cars[3]).toBe(fig(v, 'carsIn').value);
  });

  it('drill-down: a point with children lists them over their subtrees; data outside one scope is 404', async () => {
    const child = await f.servicePoint({ nameZh: '下级网点' });
    const admin = await h.login('admin');
    const v = ok(await admin.get<KpiView>('/api/kpi?period=day&date=2026-11-22'), 'kpi');
    expect(v.children.map((c) => c.id)).toEqual([child.id]);
    expect(v.children[0].values.carsIn).toBe(0);
    expect(v.people).toEqual([]);
    const there = await f.session({ servicePointId: child.id, isSuperuser: true });
    expect((await there.get(`/api/kpi?servicePointId=${station}`)).status).toBe(404);
    expect(ok(await there.get<KpiView>('/api/kpi'), 'own').point.id).toBe(child.id);
  });
});

describe('DATABASE_READ_URL (ADR 022)', () => {
  it('the KPI sums are read from the read database; targets and sessions stay on the primary', async () => {
    const { openPglite } = await import('../../db/client.js');
    const { buildApp } = await import('../../main.js');
    const replica = await openPglite(null);
    await replica.migrate(); // an empty "replica": the rollups written to the primary are not there
    try {
      const app = buildApp({ database: { ...h.database, readDb: replica.db }, config: h.config, now: h.now });
      const login = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const viaReplica = (await (await app.request('/api/kpi?period=month&date=2026-11-05', { headers: { cookie } })).json()) as KpiView;
      const viaPrimary = ok(await (await h.login('admin')).get<KpiView>('/api/kpi?period=month&date=2026-11-05'), 'kpi');
      expect(fig(viaPrimary, 'carsIn').value).toBeGreaterThan(0);
      expect(fig(viaReplica, 'carsIn').value ?? 0).toBe(0);
    } finally {
      await replica.close();
    }
  }, 120_000);
});
