import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { SIGNATURE, type Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import { buildJobHandlers } from '../../main.js';
import { runDueJobs } from '../../jobs/queue.js';
import type { FieldRequest, FieldUnit, FieldUnitHistory, FieldVisit } from '../../../contracts/field-service.js';

let h: Harness;
let admin: Session;
let tech: Session;
let f: ReturnType<typeof createFieldFactories>;
/** The engineer linked to the `tech` login (created by the first test that needs it). */
async function techEngineer() {
  const linked = (await admin.get<{ items: { id: string; userId: string | null }[] }>('/api/field/engineers')).body.items.find((e) => e.userId);
  return linked ?? (await f.engineer({ username: 'tech' }));
}
const countOf = async (query: ReturnType<typeof sql.raw>) => Number(((await h.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0].n);
const count = (table: string) => countOf(sql.raw(`select count(*)::int as n from ${table}`));

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  tech = await h.login('tech');
  f = createFieldFactories(admin);
  h.setNow('2026-12-01T01:00:00Z'); // Tuesday 09:00 in Shanghai
});

describe('equipment archive (逐号建档)', () => {
  it('a unit gets its warranty end from the product and is found by serial, customer, phone or site', async () => {
    const p = await f.product({ warrantyMonths: 12 });
    const u = await f.unit({
      productId: p.id,
      serial: ' ab-7001 ',
      customerName: '杭州湖滨酒店',
      customerPhone: '13911112222',
      siteName: '湖滨厨房',
      installedOn: '2026-03-01',
    });
    expect(u.serial).toBe('AB-7001');
    expect(u.warrantyStart).toBe('2026-03-01');
    expect(u.warrantyEnd).toBe('2027-02-28');
    expect(u.inWarranty).toBe(true);
    for (const q of ['ab-7001', '湖滨酒店', '13911112222', '湖滨厨房']) {
      const res = await admin.get<{ items: FieldUnit[] }>(`/api/field/units?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((x) => x.id)).toContain(u.id);
    }
  });

  it('refuses a duplicate serial of the same model and coordinates out of range, field by field, saving nothing', async () => {
    const p = await f.product();
    await f.unit({ productId: p.id, serial: 'DUP-1' });
    const before = await count('field_units');
    const dup = await admin.call('POST', '/api/field/units', {
      body: { productId: p.id, serial: 'dup-1', customerName: 'x', siteAddress: 'y' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields.map((e: { path: string }) => e.path)).toEqual(['serial']);
    const far = await admin.call('POST', '/api/field/units', {
      body: { productId: p.id, serial: 'NEW-1', customerName: 'x', siteAddress: 'y', lat: 91, lng: -181 },
    });
    expect(far.status).toBe(400);
    expect(far.body.error.fields.map((e: { path: string }) => e.path).sort()).toEqual(['lat', 'lng']);
    const half = await admin.call('POST', '/api/field/units', { body: { productId: p.id, serial: 'NEW-2', customerName: 'x', siteAddress: 'y', lat: 30 } });
    expect(half.status).toBe(400);
    expect(half.body.error.fields[0].path).toBe('lng');
    expect(await count('field_units')).toBe(before);
    // The same serial under another model is a different unit.
    const other = await f.product();
    expect((await f.unit({ productId: other.id, serial: 'DUP-1' })).serial).toBe('DUP-1');
  });
});

describe('service request → phone diagnosis → visit with deadline', () => {
  it('a phone fix closes the request; a visit gets the 8-hour 24×7 deadline from the call', async () => {
    const u = await f.unit();
    const r1 = (await admin.call<FieldRequest>('POST', '/api/field/requests', { body: { channel: 'phone', unitId: u.id, fault: '显示 E3' } })).body;
    expect(r1.customerName).toBe(u.customerName);
    const fixed = await admin.call<FieldRequest>('POST', `/api/field/requests/${r1.id}/diagnosis`, {
      body: { version: r1.version, outcome: 'resolved_by_phone', note: '指导客户复位' },
    });
    expect(fixed.body.status).toBe('resolved');
    expect(fixed.body.visits).toEqual([]);
    const r2 = await f.visitRequest(u.id);
    expect(r2.status).toBe('on_site');
    const v = r2.visits[0];
    expect(v.status).toBe('open');
    expect(v.deadlineSource).toBe('default');
    expect(v.deadlineAt).toBe('2026-12-01T09:00:00.000Z');
  });

  it('a product on working hours counts on the point calendar; a contract overrides the product', async () => {
    const p = await f.product({ responseMinutes: 240, responseClock: 'working' });
    h.setNow('2026-12-01T09:00:00Z'); // 17:00 Shanghai: 1 h left today (09:00–18:00), 3 h next day
    const u = await f.unit({ productId: p.id });
    const r = await f.visitRequest(u.id);
    expect(r.visits[0].deadlineSource).toBe('product');
    expect(r.visits[0].deadlineAt).toBe('2026-12-02T04:00:00.000Z');
    const c = await f.unit({ productId: p.id, contractNo: 'HT-1', contractResponseMinutes: 120, contractResponseClock: '24x7' });
    const rc = await f.visitRequest(c.id);
    expect(rc.visits[0].deadlineSource).toBe('contract');
    expect(rc.visits[0].deadlineAt).toBe('2026-12-01T11:00:00.000Z');
    h.setNow('2026-12-01T01:00:00Z');
  });

  it('bad input: a channel the complaint module does not know, a future call time', async () => {
    const a = await admin.call('POST', '/api/field/requests', { body: { channel: 'fax', fault: '坏了', customerName: 'x' } });
    expect(a.status).toBe(400);
    expect(a.body.error.fields[0].path).toBe('channel');
    const b = await admin.call('POST', '/api/field/requests', {
      body: { channel: 'phone', fault: '坏了', customerName: 'x', receivedAt: '2026-12-01T12:00:00+08:00' },
    });
    expect(b.status).toBe(400);
    expect(b.body.error.fields[0].path).toBe('receivedAt');
  });
});

describe('dispatch and the engineer page', () => {
  it('refuses an engineer without a valid certificate, plans routes, and the engineer checks in and out', async () => {
    const u = await f.unit();
    const r = await f.visitRequest(u.id);
    const visit = r.visits[0];
    const expired = await f.engineer({ certificates: [{ skill: '冷柜', validFrom: '2024-01-01', validUntil: '2026-11-30' }] });
    const refused = await admin.call('PUT', `/api/field/visits/${visit.id}/assignment`, { body: { version: visit.version, engineerId: expired.id } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0]).toEqual({ path: 'engineerId', message: expect.stringContaining('已于 2026-11-30 过期') });

    const eng = await techEngineer();
    await admin.call('POST', `/api/field/engineers/${eng.id}/van-stock`, { body: { partCode: 'CMP-01', partName: '压缩机启动电容', qty: 2 } });
    const plan = await admin.call<{ unassigned: { visitId: string }[]; visits: FieldVisit[] }>('POST', '/api/field/board/plan', {
      body: { date: '2026-12-01' },
    });
    expect(plan.status).toBe(200);
    const planned = plan.body.visits.find((x) => x.id === visit.id)!;
    expect(planned.status).toBe('assigned');
    expect(planned.engineerId).toBe(eng.id);
    expect(planned.etaAt).not.toBeNull();
    expect(planned.missesDeadline).toBe(false);

    const day = (await tech.get<{ visits: FieldVisit[] }>('/api/field/my-visits?date=2026-12-01')).body;
    expect(day.visits.map((x) => x.id)).toContain(visit.id);
    let v = day.visits.find((x) => x.id === visit.id)!;
    // Check-out before check-in: a field error, nothing changes.
    const early = await tech.call('POST', `/api/field/visits/${v.id}/check-out`, {
      body: { version: v.version, geo: { status: 'refused' }, report: '更换电容', resolved: true },
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0].path).toBe('checkInAt');
    h.setNow('2026-12-01T03:00:00Z');
    v = (await tech.call<FieldVisit>('POST', `/api/field/visits/${v.id}/check-in`, { body: { version: v.version, geo: { status: 'refused' } } })).body;
    expect(v.status).toBe('checked_in');
    expect(v.checkInGeo).toBe('refused');
    expect(v.checkInLat).toBeNull();
    // Parts the van does not hold (enough of): field errors, nothing moves.
    const tooMany = await tech.call('POST', `/api/field/visits/${v.id}/check-out`, {
      body: {
        version: v.version,
        geo: { status: 'ok', lat: 31.19, lng: 121.44 },
        report: '更换电容',
        resolved: true,
        parts: [
          { partCode: 'CMP-01', qty: 3 },
          { partCode: 'NOPE', qty: 1 },
        ],
      },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields.map((e: { path: string }) => e.path)).toEqual(['parts.0.qty', 'parts.1.partCode']);
    h.setNow('2026-12-01T04:30:00Z');
    const out = await tech.call<FieldVisit>('POST', `/api/field/visits/${v.id}/check-out`, {
      body: {
        version: v.version,
        geo: { status: 'ok', lat: 31.19, lng: 121.44 },
        report: '更换压缩机启动电容,试机正常',
        resolved: true,
        parts: [{ partCode: 'CMP-01', qty: 2 }],
        signature: SIGNATURE,
        signedByName: '王经理',
      },
    });
    expect(out.status).toBe(200);
    expect(out.body.status).toBe('done');
    expect(out.body.parts).toEqual([{ partCode: 'CMP-01', partName: '压缩机启动电容', qty: 2 }]);
    expect(out.body.hasSignature).toBe(true);
    const stock = (await admin.get<{ items: { id: string; vanStock: { qty: number }[] }[] }>('/api/field/engineers')).body.items.find((e) => e.id === eng.id)!;
    expect(stock.vanStock[0].qty).toBe(0);
    const hist = (await admin.get<FieldUnitHistory>(`/api/field/units/${u.id}`)).body;
    expect(hist.requests[0].status).toBe('resolved');
    expect(hist.visits[0].report).toContain('电容');
    // The van cannot go below zero.
    const minus = await admin.call('POST', `/api/field/engineers/${eng.id}/van-stock`, { body: { partCode: 'CMP-01', partName: '压缩机启动电容', qty: -1 } });
    expect(minus.status).toBe(400);
    expect(minus.body.error.fields[0].path).toBe('qty');
    h.setNow('2026-12-01T01:00:00Z');
  });

  it('someone without field.work cannot check in (403); an unresolved visit books the next one', async () => {
    const u = await f.unit();
    const r = await f.visitRequest(u.id);
    const me = await techEngineer();
    const v0 = r.visits[0];
    const a = (await admin.call<FieldVisit>('PUT', `/api/field/visits/${v0.id}/assignment`, { body: { version: v0.version, engineerId: me.id } })).body;
    expect(a.status).toBe('assigned');
    const other = await h.login('advisor');
    expect((await other.call('POST', `/api/field/visits/${a.id}/check-in`, { body: { version: a.version, geo: { status: 'refused' } } })).status).toBe(403);
    const inn = (
      await tech.call<FieldVisit>('POST', `/api/field/visits/${a.id}/check-in`, { body: { version: a.version, geo: { status: 'ok', lat: 31.2, lng: 121.4 } } })
    ).body;
    const out = (
      await tech.call<FieldVisit>('POST', `/api/field/visits/${a.id}/check-out`, {
        body: { version: inn.version, geo: { status: 'unavailable' }, report: '需更换压缩机,待备件', resolved: false, nextVisitDate: '2026-12-03' },
      })
    ).body;
    expect(out.status).toBe('unresolved');
    const next = (await admin.get<FieldVisit>(`/api/field/visits/${out.nextVisitId}`)).body;
    expect(next.plannedDate).toBe('2026-12-03');
    expect(next.status).toBe('open');
  });
});

describe('escalation ladder: engineer → 售后主管 → 总经理, once with two workers', () => {
  it('climbs at the deadline and after the supervisor limit, exactly once per level', async () => {
    h.setNow('2026-12-01T01:00:00Z');
    const u = await f.unit();
    const r = await f.visitRequest(u.id);
    const v = r.visits[0];
    let clock = '2026-12-01T08:59:00Z';
    const handlers = () => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(clock) });
    const both = () => Promise.all([runDueJobs(h.db, 'w1', handlers(), () => new Date(clock)), runDueJobs(h.db, 'w2', handlers(), () => new Date(clock))]);
    await both();
    expect((await admin.get<FieldVisit>(`/api/field/visits/${v.id}`)).body.escalationLevel).toBe(0);
    clock = '2026-12-01T09:00:00Z';
    await both();
    await both();
    const l1 = (await admin.get<FieldVisit>(`/api/field/visits/${v.id}`)).body;
    expect(l1.escalationLevel).toBe(1);
    expect(l1.escalatedToName).toMatch(/^售后主管/);
    clock = '2026-12-01T11:00:00Z';
    await both();
    await both();
    const l2 = (await admin.get<FieldVisit>(`/api/field/visits/${v.id}`)).body;
    expect(l2.escalationLevel).toBe(2);
    expect(l2.escalatedToName).toMatch(/^总经理/);
    expect(await countOf(sql`select count(*)::int as n from audit_entries where entity_id = ${v.id} and action = 'field.visit.escalate'`)).toBe(2);
  });

  it('a visit checked in before its deadline does not climb', async () => {
    h.setNow('2026-12-01T01:00:00Z');
    const u = await f.unit();
    const r = await f.visitRequest(u.id);
    const me = await techEngineer();
    const a = (
      await admin.call<FieldVisit>('PUT', `/api/field/visits/${r.visits[0].id}/assignment`, { body: { version: r.visits[0].version, engineerId: me.id } })
    ).body;
    await tech.call('POST', `/api/field/visits/${a.id}/check-in`, { body: { version: a.version, geo: { status: 'refused' } } });
    await runDueJobs(
      h.db,
      'w1',
      buildJobHandlers({ database: h.database, config: h.config, now: () => new Date('2026-12-02T00:00:00Z') }),
      () => new Date('2026-12-02T00:00:00Z'),
    );
    expect((await admin.get<FieldVisit>(`/api/field/visits/${a.id}`)).body.escalationLevel).toBe(0);
  });
});

describe('.xlsx import of a sales list', () => {
  const sheet = async (rows: (string | number)[][]) => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('设备');
    ws.addRow(['型号', '出厂编号', '客户', '电话', '场所', '安装地址', '行政区划代码', '纬度', '经度', '销售日期', '安装日期']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const upload = async (buf: Buffer) => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(buf)], 'units.xlsx'));
    return h.call('POST', '/api/field/units/import', { cookie: admin.cookie, raw: form });
  };
  it('refuses the whole file with per-row errors, then imports a clean one', async () => {
    const p = await f.product();
    await f.unit({ productId: p.id, serial: 'IMP-EXIST' });
    const before = await count('field_units');
    const bad = await upload(
      await sheet([
        [p.model, 'IMP-1', '客户甲', '', '', '地址甲', '310104', 31.2, 121.4, '', '2026-05-01'],
        [p.model, 'imp-1', '客户乙', '', '', '地址乙', '', '', '', '', ''],
        ['NO-SUCH', 'IMP-2', '客户丙', '', '', '地址丙', '', '', '', '', ''],
        [p.model, 'IMP-EXIST', '客户丁', '', '', '地址丁', '', '', '', '', ''],
        [p.model, 'IMP-3', '客户戊', '', '', '地址戊', '', 95, 121, '', ''],
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((e: { path: string }) => e.path)).toEqual(['rows.3.serial', 'rows.4.model', 'rows.5.serial', 'rows.6.lat']);
    expect(await count('field_units')).toBe(before);
    const good = await upload(
      await sheet([
        [p.model, 'IMP-1', '客户甲', '13800138000', '后厨', '地址甲', '310104', 31.2, 121.4, '2026-04-20', '2026-05-01'],
        [p.model, 'IMP-2', '客户乙', '', '', '地址乙', '', '', '', '', ''],
      ]),
    );
    expect(good.status).toBe(200);
    expect(good.body.imported).toBe(2);
    const found = (await admin.get<{ items: FieldUnit[] }>('/api/field/units?q=IMP-1')).body.items[0];
    expect(found.warrantyEnd).toBe('2028-04-30');
  });
});

describe('preventive maintenance job', () => {
  it('generates the visit 14 days ahead of the due date, once however often it runs', async () => {
    const p = await f.product({ maintenanceIntervalMonths: 2, warrantyMonths: 12 });
    const u = await f.unit({ productId: p.id, installedOn: '2026-10-10' });
    const maintenanceOf = async () => (await admin.get<FieldUnitHistory>(`/api/field/units/${u.id}`)).body.visits.filter((v) => v.kind === 'maintenance');
    const run = (at: string) => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(at) })['field-maintenance'](null as never);
    await run('2026-11-25T01:00:00Z'); // due 2026-12-10: 15 days ahead, not yet
    expect(await maintenanceOf()).toHaveLength(0);
    await run('2026-11-26T01:00:00Z');
    await run('2026-11-27T01:00:00Z');
    const generated = await maintenanceOf();
    expect(generated.map((v) => v.plannedDate)).toEqual(['2026-12-10']);
    expect(generated[0].deadlineAt).toBeNull();
  });
});

describe('installation and commissioning: one path, the install order', () => {
  it('an installation visit is refused (422, field kind, nothing created): installs go through install orders', async () => {
    h.setNow('2026-12-01T01:00:00Z');
    const p = await f.product({ warrantyMonths: 12 });
    const u = await f.unit({ productId: p.id, installedOn: null });
    const res = await admin.call('POST', '/api/field/visits', { body: { unitId: u.id, kind: 'installation', plannedDate: '2026-12-01' } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: 'kind', message: expect.stringContaining('安装单') }]);
    const history = (await admin.get<FieldUnitHistory>(`/api/field/units/${u.id}`)).body;
    expect(history.unit.warrantyEnd).toBeNull();
    expect(history.visits).toEqual([]);
  });
});

describe('training and certification', () => {
  it('passing the exam grants a certificate that lets dispatch assign; failing does not; expiring certificates are listed', async () => {
    h.setNow('2026-12-01T01:00:00Z');
    const p = await f.product({ requiredSkill: '制冰机' });
    const u = await f.unit({ productId: p.id });
    const trainee = await f.engineer({ skills: [], certificates: [] });
    const failing = await f.engineer({ skills: [], certificates: [] });
    const plan = await admin.call('POST', '/api/field/training-plans', {
      body: {
        skill: '制冰机',
        title: '制冰机维修培训',
        trainer: '柯雅文',
        hours: 16,
        place: '总部培训室',
        startsOn: '2026-11-20',
        endsOn: '2026-11-21',
        certificateMonths: 1,
      },
    });
    expect(plan.status).toBe(201);
    const absentWithScore = await admin.call('POST', `/api/field/training-plans/${plan.body.id}/results`, {
      body: { engineerId: failing.id, attended: false, score: 80 },
    });
    expect(absentWithScore.status).toBe(400);
    expect(absentWithScore.body.error.fields[0].path).toBe('score');
    await admin.call('POST', `/api/field/training-plans/${plan.body.id}/results`, { body: { engineerId: failing.id, attended: true, score: 59 } });
    const passed = await admin.call('POST', `/api/field/training-plans/${plan.body.id}/results`, {
      body: { engineerId: trainee.id, attended: true, score: 60 },
    });
    expect(passed.body.results.map((r: { passed: boolean; certificateId: string | null }) => [r.passed, !!r.certificateId]).sort()).toEqual([
      [false, false],
      [true, true],
    ]);
    const r = await f.visitRequest(u.id);
    const v = r.visits[0];
    const refused = await admin.call('PUT', `/api/field/visits/${v.id}/assignment`, { body: { version: v.version, engineerId: failing.id } });
    expect(refused.status).toBe(422);
    const ok = await admin.call<FieldVisit>('PUT', `/api/field/visits/${v.id}/assignment`, { body: { version: v.version, engineerId: trainee.id } });
    expect(ok.status).toBe(200);
    // The certificate runs 2026-11-21 … 2026-12-20: within 30 days of its end it is listed.
    const expiring = (await admin.get<{ items: { engineerId: string; daysLeft: number; validUntil: string }[] }>('/api/field/certificates/expiring')).body
      .items;
    expect(expiring.find((c) => c.engineerId === trainee.id)).toMatchObject({ validUntil: '2026-12-20', daysLeft: 19 });
  });
});
