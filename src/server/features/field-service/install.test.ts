import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { SIGNATURE, type Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import type { FieldInstallOrder, FieldInstallTemplate } from '../../../contracts/field-install.js';
import type { FieldUnit } from '../../../contracts/field-service.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;
const count = async (table: string) =>
  Number(((await h.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0].n);

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  f = createFieldFactories(admin);
  h.setNow('2026-12-01T17:00:00Z'); // 2026-12-02 01:00 in Shanghai: the local date differs from UTC
});

const TEMPLATE = {
  checklist: [
    { label: '水平调整', required: true },
    { label: '接地检查', required: true },
    { label: '讲解日常清洁', required: false },
  ],
  measurements: [
    { name: '电源电压', unit: 'V', min: 198, max: 242 },
    { name: '冷藏温度', unit: '℃', min: 0, max: 5 },
  ],
};

async function soldUnit() {
  const p = await f.product({ warrantyMonths: 12 });
  const put = await admin.call<FieldInstallTemplate>('PUT', `/api/field/products/${p.id}/install-template`, { body: TEMPLATE });
  expect(put.status).toBe(200);
  const u = await f.unit({ productId: p.id, installedOn: undefined, soldOn: '2026-11-20' });
  return { p, u };
}

describe('installation and commissioning (安装调试)', () => {
  it('a template refuses a range whose low end is above its high end, saving nothing', async () => {
    const p = await f.product();
    const bad = await admin.call('PUT', `/api/field/products/${p.id}/install-template`, {
      body: { checklist: [], measurements: [{ name: '电压', unit: 'V', min: 250, max: 200 }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((e: { path: string }) => e.path)).toEqual(['measurements.0.max']);
    expect((await admin.get<FieldInstallTemplate>(`/api/field/products/${p.id}/install-template`)).body.version).toBeNull();
  });

  it('runs checklist → measurements → commissioning → signed acceptance, which starts the warranty on the local date', async () => {
    const { u } = await soldUnit();
    expect(u.warrantyStart).toBeNull();
    const created = await admin.call<FieldInstallOrder>('POST', '/api/field/install-orders', { body: { unitId: u.id, plannedDate: '2026-12-02' } });
    expect(created.status).toBe(201);
    let o = created.body;
    expect(o.number).toMatch(/^AZ/);
    expect(o.status).toBe('planned');
    expect(o.checklist.map((c) => c.label)).toEqual(['水平调整', '接地检查', '讲解日常清洁']);
    expect(o.measurements.map((m) => m.result)).toEqual([null, null]);

    // A second live order for the same unit is refused.
    const dup = await admin.call('POST', '/api/field/install-orders', { body: { unitId: u.id, plannedDate: '2026-12-03' } });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields[0].path).toBe('unitId');

    // Accepting before commissioning is refused.
    const early = await admin.call('POST', `/api/field/install-orders/${o.id}/accept`, {
      body: { version: o.version, signature: SIGNATURE, acceptedByName: '厨师长' },
    });
    expect(early.status).toBe(409);

    o = (
      await admin.call<FieldInstallOrder>('POST', `/api/field/install-orders/${o.id}/record`, {
        body: { version: o.version, checklist: [{ done: true }, { done: false }, { done: false }], measurements: [{ value: 220 }, { value: 7.5 }] },
      })
    ).body;
    expect(o.status).toBe('in_progress');
    expect(o.measurements.map((m) => m.result)).toEqual(['pass', 'fail']);
    const failed = await admin.call('POST', `/api/field/install-orders/${o.id}/commission`, { body: { version: o.version } });
    expect(failed.status).toBe(422);
    expect(failed.body.error.fields.map((e: { path: string }) => e.path)).toEqual(['checklist.1', 'measurements.1.value']);

    o = (
      await admin.call<FieldInstallOrder>('POST', `/api/field/install-orders/${o.id}/record`, {
        body: { version: o.version, checklist: [{ done: true }, { done: true }, { done: false }], measurements: [{ value: 221 }, { value: 3.8 }] },
      })
    ).body;
    o = (await admin.call<FieldInstallOrder>('POST', `/api/field/install-orders/${o.id}/commission`, { body: { version: o.version } })).body;
    expect(o.status).toBe('commissioned');

    const noSig = await admin.call('POST', `/api/field/install-orders/${o.id}/accept`, { body: { version: o.version, acceptedByName: '厨师长' } });
    expect(noSig.status).toBe(400);
    const stale = await admin.call('POST', `/api/field/install-orders/${o.id}/accept`, {
      body: { version: o.version - 1, signature: SIGNATURE, acceptedByName: '厨师长' },
    });
    expect(stale.status).toBe(409);
    const acc = await admin.call<FieldInstallOrder>('POST', `/api/field/install-orders/${o.id}/accept`, {
      body: { version: o.version, signature: SIGNATURE, acceptedByName: '厨师长' },
    });
    expect(acc.status).toBe(200);
    expect(acc.body.status).toBe('accepted');
    expect(acc.body.hasSignature).toBe(true);
    // 01:00 on 2 December in Shanghai (still 1 December in UTC): the warranty starts on the 2nd, 12 months.
    expect(acc.body.warrantyStart).toBe('2026-12-02');
    expect(acc.body.warrantyEnd).toBe('2027-12-01');
    const unit = (await admin.get<{ unit: FieldUnit }>(`/api/field/units/${u.id}`)).body.unit;
    expect([unit.installedOn, unit.warrantyStart, unit.warrantyEnd]).toEqual(['2026-12-02', '2026-12-02', '2027-12-01']);
    const again = await admin.call('POST', `/api/field/install-orders/${o.id}/cancel`, { body: { version: acc.body.version } });
    expect(again.status).toBe(409);
  });

  it('refuses an engineer without a valid certificate for the equipment, with the reason, creating nothing', async () => {
    const { u } = await soldUnit();
    const e = await f.engineer({ skills: ['冷柜'], certificates: [{ skill: '冷柜', validFrom: '2024-01-01', validUntil: '2026-11-30' }] });
    const before = await count('field_install_orders');
    const res = await admin.call('POST', '/api/field/install-orders', { body: { unitId: u.id, plannedDate: '2026-12-02', engineerId: e.id } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields[0]).toEqual({ path: 'engineerId', message: '工程师「冷柜」证书已于 2026-11-30 过期' });
    expect(await count('field_install_orders')).toBe(before);
  });

  it('a cancelled order frees the unit for a new one; the record must match the checklist length', async () => {
    const { u } = await soldUnit();
    const o = (await admin.call<FieldInstallOrder>('POST', '/api/field/install-orders', { body: { unitId: u.id, plannedDate: '2026-12-05' } })).body;
    const short = await admin.call('POST', `/api/field/install-orders/${o.id}/record`, {
      body: { version: o.version, checklist: [{ done: true }], measurements: [{ value: 220 }, { value: 3 }] },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].path).toBe('checklist');
    expect((await admin.call('POST', `/api/field/install-orders/${o.id}/cancel`, { body: { version: o.version } })).status).toBe(200);
    expect((await admin.call('POST', '/api/field/install-orders', { body: { unitId: u.id, plannedDate: '2026-12-06' } })).status).toBe(201);
    const list = (await admin.get<{ items: FieldInstallOrder[] }>('/api/field/install-orders?status=cancelled')).body.items;
    expect(list.map((x) => x.id)).toContain(o.id);
  });
});
