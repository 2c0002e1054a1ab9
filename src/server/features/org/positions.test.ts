import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { OrgChart, Position } from '../../../contracts/org.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
let chart: OrgChart;
const byTitle = (t: string) => chart.positions.find((p) => p.titleZh === t)!;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  chart = (await admin.get('/api/org/chart')).body;
});

describe('the demo station built from the template', () => {
  it('has one top, the structure of DOMAIN.md and no violations', () => {
    expect(chart.positions.filter((p) => p.superiorId === null).map((p) => p.titleZh)).toEqual(['总经理']);
    expect(byTitle('服务经理/维修站站长').superiorId).toBe(byTitle('总经理').id);
    expect(byTitle('前台主管').superiorId).toBe(byTitle('服务经理/维修站站长').id);
    expect(byTitle('销售经理').superiorId).toBe(byTitle('总经理').id);
    expect(chart.violations).toEqual([]);
  });

  it('carries the full job descriptions of seed 002', () => {
    const sm = byTitle('服务经理/维修站站长');
    expect(sm.duties.length).toBeGreaterThanOrEqual(10);
    expect(sm.duties.join()).toContain('主机厂');
    expect(byTitle('服务接待').duties.length).toBeGreaterThanOrEqual(5);
    expect(byTitle('前台主管').reportsUpward.length).toBeGreaterThan(0);
  });

  it('has dashed collaboration links and holders with planned vs actual', () => {
    expect(chart.links.length).toBeGreaterThan(5);
    const reception = byTitle('服务接待');
    expect(reception.actualHeadcount).toBe(reception.holders.length);
    expect(chart.positions.some((p) => p.headcountStatus === 'over')).toBe(true);
    expect(chart.positions.some((p) => p.headcountStatus === 'under' || p.headcountStatus === 'vacant')).toBe(true);
  });
});

describe('editing positions', () => {
  it('creates a position under a superior with collaborators and writes an audit entry', async () => {
    const fd = byTitle('前台主管');
    const res = await admin.call<Position>('POST', '/api/positions', {
      body: {
        titleZh: '续保顾问',
        titleEn: 'Renewal advisor',
        superiorId: fd.id,
        plannedHeadcount: 2,
        duties: ['跟进续保'],
        collaboratorIds: [byTitle('保险主管').id],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.collaboratorIds).toEqual([byTitle('保险主管').id]);
    expect(res.body.headcountStatus).toBe('vacant');
    const audit = await admin.get(`/api/audit-entries?entityType=position&entityId=${res.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'position.create', actorName: '系统管理员' });
    expect(audit.body.items[0].after.titleZh).toBe('续保顾问');
  });

  it('changes a reporting line (solid) and records before/after', async () => {
    const clerk = byTitle('预约专员');
    const res = await admin.call<Position>('PATCH', `/api/positions/${clerk.id}`, { body: { version: clerk.version, superiorId: byTitle('前台主管').id } });
    expect(res.status).toBe(200);
    expect(res.body.superiorId).toBe(byTitle('前台主管').id);
    expect(res.body.version).toBe(clerk.version + 1);
    const audit = await admin.get(`/api/audit-entries?entityId=${clerk.id}`);
    expect(audit.body.items[0].before.superiorId).toBe(clerk.superiorId);
    expect(audit.body.items[0].after.superiorId).toBe(byTitle('前台主管').id);
  });

  it('409 on a stale version, and nothing changes', async () => {
    const p = byTitle('信息专员');
    expect((await admin.call('PATCH', `/api/positions/${p.id}`, { body: { version: p.version, grade: 'S9' } })).status).toBe(200);
    const stale = await admin.call('PATCH', `/api/positions/${p.id}`, { body: { version: p.version, grade: 'S1' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    expect((await admin.get(`/api/positions/${p.id}`)).body.grade).toBe('S9');
  });

  it.each([
    ['a reporting cycle', () => ({ id: byTitle('服务经理/维修站站长').id, superiorId: byTitle('前台主管').id }), 'ORG_CYCLE'],
    ['a second top', () => ({ id: byTitle('技术主管').id, superiorId: null }), 'ORG_MULTIPLE_TOPS'],
    ['the CS head under the sales head', () => ({ id: byTitle('客户关系中心主管').id, superiorId: byTitle('销售经理').id }), 'ORG_SALES_CS_REPORTING_LINE'],
  ])('422 for %s, with the field named', async (_n, change, code) => {
    const { id, superiorId } = change();
    const current = (await admin.get<Position>(`/api/positions/${id}`)).body;
    const res = await admin.call('PATCH', `/api/positions/${id}`, { body: { version: current.version, superiorId } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.fields[0].path).toBe('superiorId');
    expect((await admin.get<Position>(`/api/positions/${id}`)).body.superiorId).toBe(current.superiorId);
  });

  it('400 with Chinese field messages; 404 for an unknown id', async () => {
    const res = await admin.call('POST', '/api/positions', { body: { titleZh: '', superiorId: 'nope', plannedHeadcount: -1 } });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['plannedHeadcount', 'superiorId', 'titleZh']);
    expect(res.body.error.fields.find((f: { path: string }) => f.path === 'titleZh').message).toBe('请填写岗位名称');
    expect((await admin.get('/api/positions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses to delete a position with subordinates or holders; deletes an empty one', async () => {
    const fd = byTitle('前台主管');
    expect((await admin.call('DELETE', `/api/positions/${fd.id}?version=${fd.version}`)).body.error.code).toBe('ORG_HAS_SUBORDINATES');
    const created = (await admin.call<Position>('POST', '/api/positions', { body: { titleZh: '临时岗', superiorId: fd.id } })).body;
    expect((await admin.call('DELETE', `/api/positions/${created.id}?version=${created.version + 1}`)).status).toBe(409);
    expect((await admin.call('DELETE', `/api/positions/${created.id}?version=${created.version}`)).status).toBe(204);
    expect((await admin.get(`/api/positions/${created.id}`)).status).toBe(404);
  });

  it('403 for a user without org.manage (the advisor), who can still read', async () => {
    const advisor = await h.login('advisor');
    const p = byTitle('信息专员');
    expect((await advisor.call('PATCH', `/api/positions/${p.id}`, { body: { version: 1, grade: 'X' } })).status).toBe(403);
    expect((await advisor.get('/api/org/chart')).status).toBe(200);
  });
});

describe('staffing table', () => {
  it('sums planned and actual and exports a real .xlsx', async () => {
    const s = (await admin.get('/api/staffing')).body;
    expect(s.totals.planned).toBe(s.rows.reduce((n: number, r: { plannedHeadcount: number }) => n + r.plannedHeadcount, 0));
    expect(s.totals.actual).toBeGreaterThanOrEqual(35);
    const file = await admin.get('/api/staffing/export');
    expect(file.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body);
    const ws = wb.getWorksheet('编制表')!;
    const titles: string[] = [];
    ws.eachRow((r, i) => {
      if (i > 2) titles.push(String(r.getCell(2).value));
    });
    expect(titles).toContain('前台主管');
    expect(ws.rowCount).toBe(s.rows.length + 3);
  });
});
