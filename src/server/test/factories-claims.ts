/**
 * Factories of the claims tests: the manufacturer's catalog set by its reviewer, a settled warranty work order for a
 * car inside its warranty, a claim prepared from it, and a login in another maker's network.
 */
import { randomUUID } from 'node:crypto';
import { servicePoints, users } from '../db/schema.js';
import { hashPassword } from '../features/auth/index.js';
import type { Harness } from './harness.js';
import { type Factories, ok, type Session } from './factories.js';
import type { WarrantyClaim } from '../../contracts/claims.js';

export function createClaimFactories(h: Harness, f: Factories) {
  let n = 0;
  /** The HQ catalog: settings, fault code EN-001, labor code and part of the station's catalog, their supplier. */
  async function catalog(hq: Session) {
    const settings = ok(
      await hq.call('PUT', '/api/claim-catalog/settings', {
        body: {
          version: 0,
          laborRateFen: 12_000,
          partsMarkupBp: 1_000,
          otherCostCapFen: 50_000,
          submitWithinDays: 30,
          duplicateWithinDays: 30,
          preauthAboveFen: 500_000,
        },
      }),
      'claim settings',
    );
    ok(await hq.call('PUT', '/api/claim-catalog/fault-codes', { body: { code: 'EN-001', nameZh: '制动异响', models: ['朗逸'] } }), 'fault code');
    ok(await hq.call('PUT', '/api/claim-catalog/fault-codes', { body: { code: 'EN-002', nameZh: '发动机抖动', models: [] } }), 'fault code');
    const supplier = ok<{ id: string }>(await hq.call('PUT', '/api/claim-catalog/suppliers', { body: { code: 'SUP-01', name: '博世制动系统' } }), 'supplier');
    const op = await f.laborOperation({ code: 'CL-BRK1', name: '更换前刹车片(索赔)', defaultHours: 1.5 });
    ok(
      await hq.call('PUT', '/api/claim-catalog/labor-codes', {
        body: { code: op.code, nameZh: '更换前刹车片', hours: 1.5, faultCodes: ['EN-001'], models: ['朗逸'] },
      }),
      'labor code',
    );
    const part = await f.part({ partNo: 'CL-PAD-1', name: '前刹车片', costPriceFen: 20_000, stock: { qty: 100 } });
    ok(
      await hq.call('PUT', '/api/claim-catalog/parts', {
        body: { partNo: part.partNo, name: part.name, models: ['朗逸'], needsReturn: true, supplierId: supplier.id },
      }),
      'claim part',
    );
    return { settings, supplier, op, part };
  }
  /** A settled warranty order (labor + one part, payer warranty) for a 朗逸 inside its warranty. */
  async function warrantyOrder(c: { op: { code: string }; part: { id: string } }, o: { mileageKm?: number; qty?: number } = {}) {
    const vehicle = await f.vehicle({ purchasedOn: '2025-06-01', warrantyUntil: '2028-05-31', warrantyKm: 100_000, mileageKm: o.mileageKm ?? 20_000 });
    return f.workOrder({ type: 'warranty', status: 'settled', vehicle, ops: [c.op.code], parts: [{ partId: c.part.id, qty: o.qty ?? 1 }] });
  }
  /** A claim prepared from a new warranty order, its fault code set (ready to submit). */
  async function claim(station: Session, c: Parameters<typeof warrantyOrder>[0], o: Parameters<typeof warrantyOrder>[1] = {}) {
    const order = await warrantyOrder(c, o);
    const created = ok<WarrantyClaim>(await station.call('POST', '/api/claims', { body: { workOrderId: order.id } }), 'claim');
    const fixed = ok<WarrantyClaim>(
      await station.call('PATCH', `/api/claims/${created.id}`, { body: { version: created.version, faultCode: 'EN-001' } }),
      'claim fault code',
    );
    return { order, claim: fixed };
  }
  async function submitted(station: Session, c: Parameters<typeof warrantyOrder>[0], o: Parameters<typeof warrantyOrder>[1] = {}) {
    const { order, claim: draft } = await claim(station, c, o);
    return { order, claim: ok<WarrantyClaim>(await station.call('POST', `/api/claims/${draft.id}/submit`, { body: { version: draft.version } }), 'submit') };
  }
  /** A superuser of another maker's network (a second tree): sees nothing of ours. */
  async function otherMaker() {
    const id = randomUUID();
    const i = ++n;
    await h.db.insert(servicePoints).values({ id, parentId: null, path: `/${id}/`, kind: 'hq', code: `OEM-OTHER-${i}`, nameZh: `另一主机厂 ${i}` });
    await h.db.insert(users).values({
      username: `other-oem-${i}`,
      displayName: '他厂审核员',
      passwordHash: await hashPassword('other-pw-123'),
      servicePointId: id,
      isSuperuser: true,
    });
    return h.login(`other-oem-${i}`, 'other-pw-123');
  }
  return { catalog, warrantyOrder, claim, submitted, otherMaker };
}
