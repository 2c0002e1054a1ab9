/** Field KPIs on a real database: exact numbers by region, point and engineer, the drill-down filters, no cap, .xlsx. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldRequests, fieldVisits } from '../../db/schema.js';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import { fieldCounters, type FieldCounters } from '../../../domain/field/kpi.js';
import { newWorkbook } from '../../lib/xlsx.js';

let h: Harness;
let admin: Session;
let pointId: string;
let ids: { u1: string; u2: string; u3: string; e1: string; e2: string };
let seq = 0;
const at = (iso: string) => new Date(iso);
const Q = '/api/field/kpis?from=2026-11-01&to=2026-11-30';
type Line = { key: string; label: string; counters: FieldCounters } & Record<string, number | null>;
type Report = { total: Line; rows: Line[]; regionLabel: string | null };

async function request(o: { unitId: string | null; receivedAt: string; contactedMin?: number; closedH?: number; rating?: number }) {
  const receivedAt = at(o.receivedAt);
  const [r] = await h.db
    .insert(fieldRequests)
    .values({
      servicePointId: pointId,
      receivedAtPointId: pointId,
      number: `KR${seq++}`,
      channel: 'phone',
      unitId: o.unitId,
      customerName: '客户',
      fault: '故障',
      status: o.closedH === undefined ? 'on_site' : 'resolved',
      receivedAt,
      receivedByName: '热线',
      contactedAt: o.contactedMin === undefined ? null : new Date(receivedAt.getTime() + o.contactedMin * 60_000),
      closedAt: o.closedH === undefined ? null : new Date(receivedAt.getTime() + o.closedH * 3_600_000),
      rating: o.rating ?? null,
    })
    .returning();
  return r;
}
async function visit(o: Partial<typeof fieldVisits.$inferInsert> & { unitId: string; plannedDate: string }) {
  const [v] = await h.db
    .insert(fieldVisits)
    .values({ servicePointId: pointId, number: `KV${seq++}`, kind: 'repair', status: 'done', requiredSkill: '冷柜', ...o })
    .returning();
  return v;
}

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  const f = createFieldFactories(admin);
  h.setNow('2026-12-01T01:00:00Z');
  const p = await f.product();
  const u1 = await f.unit({ productId: p.id, regionCode: '440402' });
  const u2 = await f.unit({ productId: p.id, regionCode: '440106' });
  const u3 = await f.unit({ productId: p.id, regionCode: undefined });
  const e1 = await f.engineer({ name: '甲工程师' });
  const e2 = await f.engineer({ name: '乙工程师' });
  pointId = u1.servicePointId;
  ids = { u1: u1.id, u2: u2.id, u3: u3.id, e1: e1.id, e2: e2.id };
  const r1 = await request({ unitId: u1.id, receivedAt: '2026-11-10T01:00:00Z', contactedMin: 30, closedH: 47, rating: 5 });
  const r2 = await request({ unitId: u2.id, receivedAt: '2026-11-12T01:00:00Z', contactedMin: 61, closedH: 50, rating: 3 });
  const r3 = await request({ unitId: u3.id, receivedAt: '2026-11-30T15:59:00Z' }); // 23:59 on the 30th in Shanghai: in
  await request({ unitId: u1.id, receivedAt: '2026-11-30T16:00:00Z', contactedMin: 5 }); // 1 December local: out
  await request({ unitId: u1.id, receivedAt: '2026-10-31T15:59:00Z', contactedMin: 5 }); // 31 October local: out
  const done = (inAt: string, minutes: number) => ({ checkInAt: at(inAt), checkOutAt: new Date(at(inAt).getTime() + minutes * 60_000) });
  await visit({
    requestId: r1.id,
    unitId: u1.id,
    engineerId: e1.id,
    plannedDate: '2026-11-10',
    status: 'unresolved',
    deadlineAt: at('2026-11-10T09:00:00Z'),
    ...done('2026-11-10T08:00:00Z', 90),
  });
  await visit({ requestId: r1.id, unitId: u1.id, engineerId: e2.id, plannedDate: '2026-11-11', ...done('2026-11-11T02:00:00Z', 60) });
  await visit({
    requestId: r2.id,
    unitId: u2.id,
    engineerId: e1.id,
    plannedDate: '2026-11-12',
    deadlineAt: at('2026-11-12T09:00:00Z'),
    ...done('2026-11-12T10:00:00Z', 60),
  });
  await visit({ unitId: u2.id, engineerId: e1.id, plannedDate: '2026-09-01', ...done('2026-09-01T04:00:00Z', 60) }); // before the period
  await visit({ requestId: r3.id, unitId: u3.id, plannedDate: '2026-11-30', status: 'open', deadlineAt: at('2026-11-30T20:00:00Z') });
  await visit({ unitId: u1.id, plannedDate: '2026-11-15', status: 'cancelled', deadlineAt: at('2026-11-15T09:00:00Z') });
  await visit({ unitId: u1.id, engineerId: e2.id, plannedDate: '2026-11-20', kind: 'maintenance', ...done('2026-11-20T02:00:00Z', 60) });
});

describe('field KPIs in SQL', () => {
  it('the totals of the month, counted as the domain rule counts them', async () => {
    const r = (await admin.get<Report>(`${Q}&groupBy=region`)).body;
    const expected = {
      requests: 3,
      contacted1h: 1,
      closed48h: 1,
      rated: 2,
      fiveStar: 1,
      ratingSum: 8,
      visits: 5,
      dueVisits: 3,
      arrivedOnTime: 1,
      repairs: 3,
      secondVisits: 1,
      repeat90: 2,
      timedRepairs: 3,
      repairMinutes: 210,
    };
    expect(r.total.counters).toEqual(expected);
    expect(r.total.contactRate).toBeCloseTo(1 / 3);
    expect(r.total.onTimeArrivalRate).toBeCloseTo(1 / 3);
    expect(r.total.firstTimeFixRate).toBeCloseTo(2 / 3);
    expect(r.total.repeat90Rate).toBeCloseTo(2 / 3);
    expect(r.total.mttrMinutes).toBe(70);
    expect(r.total.within48hRate).toBeCloseTo(1 / 3);
    expect(r.total.meanRating).toBe(4);
    // The same rows through the domain's counting give the same counters.
    const reqs = (await h.db.select().from(fieldRequests)).filter(
      (x) => x.receivedAt >= at('2026-10-31T16:00:00Z') && x.receivedAt < at('2026-11-30T16:00:00Z'),
    );
    const visits = (await h.db.select().from(fieldVisits)).map((v) => ({ ...v, inPeriod: v.plannedDate >= '2026-11-01' && v.plannedDate <= '2026-11-30' }));
    expect(fieldCounters(reqs, visits, h.now())).toEqual(expected);
  });

  it('by region (the site’s city), by engineer, by point', async () => {
    const region = (await admin.get<Report>(`${Q}&groupBy=region`)).body.rows;
    const of = (rows: Line[], key: string) => rows.find((x) => x.key === key)!;
    expect(region.map((x) => x.key).sort()).toEqual(['440100', '440400', '—']);
    expect(of(region, '440400')).toMatchObject({ label: '珠海市', requests: 1, visits: 3, firstTimeFixRate: 0.5 });
    expect(of(region, '440100')).toMatchObject({ label: '广州市', requests: 1, visits: 1, repeat90Rate: 1, onTimeArrivalRate: 0 });
    expect(of(region, '—')).toMatchObject({ label: '未填地区', requests: 1, visits: 1, onTimeArrivalRate: 0, contactRate: 0 });
    const eng = (await admin.get<Report>(`${Q}&groupBy=engineer`)).body.rows;
    expect(of(eng, ids.e1)).toMatchObject({ label: '甲工程师', requests: 2, visits: 2, mttrMinutes: 75, contactRate: 0.5 });
    expect(of(eng, ids.e2)).toMatchObject({ label: '乙工程师', requests: 1, visits: 2, firstTimeFixRate: 0, mttrMinutes: 60 });
    expect(of(eng, '—')).toMatchObject({ label: '未派工', visits: 1 });
    const pts = (await admin.get<Report>(`${Q}&groupBy=point`)).body.rows;
    expect(pts).toHaveLength(1);
    expect(pts[0].counters.visits).toBe(5);
  });

  it('drill-down: a region, then a point within it, then its engineers', async () => {
    const r = (await admin.get<Report>(`${Q}&groupBy=point&region=440402`)).body;
    expect(r.regionLabel).toBe('珠海市');
    expect(r.total.counters).toMatchObject({ requests: 1, visits: 3 });
    const e = (await admin.get<Report>(`${Q}&groupBy=engineer&region=440400&servicePointId=${pointId}`)).body.rows;
    expect(e.map((x) => x.label).sort()).toEqual(['乙工程师', '甲工程师']);
    const bad = await admin.get(`${Q}&groupBy=point&servicePointId=00000000-0000-4000-8000-000000000000`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('servicePointId');
    expect((await admin.get(`${Q}&region=44`)).status).toBe(400);
  });

  it('is not capped: 260 requests and 620 visits in one day are all counted', async () => {
    const day = '2026-11-05';
    await h.db.insert(fieldRequests).values(
      Array.from({ length: 260 }, (_, i) => ({
        servicePointId: pointId,
        receivedAtPointId: pointId,
        number: `BULK-R${i}`,
        channel: 'phone',
        unitId: ids.u2,
        customerName: '客户',
        fault: '故障',
        status: 'received',
        receivedAt: at('2026-11-05T02:00:00Z'),
        receivedByName: '热线',
      })),
    );
    await h.db.insert(fieldVisits).values(
      Array.from({ length: 620 }, (_, i) => ({
        servicePointId: pointId,
        number: `BULK-V${i}`,
        unitId: ids.u2,
        kind: 'maintenance',
        status: 'open',
        requiredSkill: '冷柜',
        plannedDate: day,
      })),
    );
    const r = (await admin.get<Report>(`/api/field/kpis?from=${day}&to=${day}&groupBy=region`)).body;
    expect(r.total.counters).toMatchObject({ requests: 260, visits: 620 });
  });

  it('exports the report as .xlsx with the formulas', async () => {
    const x = await admin.call('GET', `${Q}`.replace('/kpis?', '/kpis/export?') + '&groupBy=engineer');
    expect(x.status).toBe(200);
    const wb = await newWorkbook();
    await wb.xlsx.load(x.body as never);
    const ws = wb.getWorksheet('现场服务指标')!;
    expect(String(ws.getCell('A1').value)).toContain('2026-11-01 – 2026-11-30');
    expect(ws.getRow(3).getCell(1).value).toBe('工程师');
    const names = [] as unknown[];
    ws.eachRow((row, n) => n > 3 && names.push(row.getCell(1).value));
    expect(names).toContain('甲工程师');
    expect(names.at(-1)).toBe('合计');
    expect(wb.getWorksheet('公式')!.rowCount).toBeGreaterThan(8);
  });
});

describe('field visits in the KPI pack (rollup contributor)', () => {
  it('visits done and 上门及时率 of the month equal the visits counted at the source', async () => {
    const { rollupService } = await import('../../main.js');
    const { sql } = await import('drizzle-orm');
    await rollupService({ database: h.database, config: h.config, now: h.now }).rebuild({ from: '2026-10-31', to: '2026-12-01' });
    const v = (await admin.get<{ kpis: { key: string; value: number | null }[] }>(`/api/kpi?period=month&date=2026-11-15&servicePointId=${pointId}`)).body;
    const fig = (k: string) => v.kpis.find((x) => x.key === k)?.value;
    const [src] = (
      (await h.db.execute(sql`select
          count(*) filter (where check_out_at >= '2026-11-01T00:00:00+08:00' and check_out_at < '2026-12-01T00:00:00+08:00')::int as done,
          count(*) filter (where check_in_at >= '2026-11-01T00:00:00+08:00' and check_in_at < '2026-12-01T00:00:00+08:00' and deadline_at is not null)::int as arrivals,
          count(*) filter (where check_in_at >= '2026-11-01T00:00:00+08:00' and check_in_at < '2026-12-01T00:00:00+08:00' and check_in_at <= deadline_at)::int as in_time
        from field_visits where service_point_id = ${pointId}`)) as unknown as { rows: { done: number; arrivals: number; in_time: number }[] }
    ).rows;
    expect(src.done).toBeGreaterThan(0);
    expect(fig('fieldVisitsDone')).toBe(src.done);
    expect(fig('fieldOnTime')).toBeCloseTo(src.arrivals ? src.in_time / src.arrivals : Number.NaN, 6);
  }, 120_000);
});
