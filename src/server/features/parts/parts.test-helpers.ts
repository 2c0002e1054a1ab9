import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { stockItems, stockMovements, workOrderParts } from '../../db/schema.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

export const SIG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
type Session = Awaited<ReturnType<Harness['login']>>;

/** A harness with the demo customers and catalogs, an advisor, and a warehouse keeper (仓库管理员) login. */
export async function partsFixture() {
  const h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z'));
  const admin = await h.login('admin');
  const advisor = await h.login('advisor');
  // The demo's warehouse keeper (仓库管理员) account.
  const keeper = await h.login('keeper');
  expect((await keeper.get('/api/auth/me')).body.positionTitles).toEqual(['仓库管理员']);
  // A franchised provider under the station, with its own (superuser) login: it sees only its own point.
  const branch = (await admin.call('POST', '/api/service-points', { body: { parentId: h.installed.orgPointId, kind: 'franchise', code: 'FR-P1', nameZh: '特约服务商' } })).body as { id: string };
  expect((await admin.call('POST', '/api/users', { body: { username: 'branch', displayName: '特约站管理员', password: 'branch-password', servicePointId: branch.id, isSuperuser: true } })).status).toBe(201);
  const outsider = await h.login('branch', 'branch-password');
  const vehicles: { id: string; mileageKm: number }[] = (await advisor.get('/api/customers?pageSize=200')).body.items.flatMap((c: { vehicles: unknown[] }) => c.vehicles);
  let nextVehicle = 0;

  /** A new part in the catalog (its own number, so tests do not share stock). */
  async function part(partNo: string, costPriceFen = 1000) {
    const res = await admin.call('POST', '/api/parts', { body: { partNo, name: `测试件 ${partNo}`, retailPriceFen: costPriceFen * 2, costPriceFen } });
    expect(res.status).toBe(201);
    return res.body as { id: string; partNo: string; costPriceFen: number };
  }
  async function location(code: string) {
    const res = await keeper.call('POST', '/api/warehouse-locations', { body: { code, name: '' } });
    expect(res.status).toBe(201);
    return res.body as { id: string; code: string };
  }
  const receive = (partId: string, locationId: string, qty: number, unitCostFen: number) =>
    keeper.call('POST', '/api/stock/receipts', { body: { partId, locationId, qty, unitCostFen } });

  /** Reception → parts lines → customer signature: a draft ready to confirm. */
  async function draftOrder(lines: { partId: string; qty: number }[], as: Session = advisor): Promise<WorkOrder> {
    const v = vehicles[nextVehicle++];
    const w = (await as.call<WorkOrder>('POST', '/api/work-orders', { body: { type: 'repair', vehicleId: v.id, mileageIn: v.mileageKm + 100, concerns: '更换配件' } })).body;
    const withLines = await as.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: w.version, lines: lines.map((l) => ({ kind: 'parts', ...l })) } });
    expect(withLines.status).toBe(200);
    const signed = await as.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: withLines.body.version, signature: SIG } });
    expect(signed.status).toBe(200);
    return signed.body;
  }
  const act = (w: WorkOrder, action: string, reason = '') => advisor.call('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action, reason } });
  async function confirmedOrder(lines: { partId: string; qty: number }[]): Promise<WorkOrder> {
    const res = await act(await draftOrder(lines), 'confirm');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  /** Raw stock rows, movements and parts lines of a part, straight from the database. */
  async function ledger(partId: string) {
    const [items, movements, lines] = await Promise.all([
      h.db.select().from(stockItems).where(eq(stockItems.partId, partId)),
      h.db.select().from(stockMovements).where(eq(stockMovements.partId, partId)),
      h.db.select().from(workOrderParts).where(eq(workOrderParts.partId, partId)),
    ]);
    return { items, movements, lines, onHand: items.reduce((s, i) => s + i.onHandMilli, 0), reserved: items.reduce((s, i) => s + i.reservedMilli, 0) };
  }
  const stockOf = async (partNo: string) => (await keeper.get(`/api/stock?q=${partNo}`)).body.items[0];
  return { h, admin, advisor, keeper, branch, outsider, part, location, receive, draftOrder, act, confirmedOrder, ledger, stockOf };
}
export type PartsFixture = Awaited<ReturnType<typeof partsFixture>>;
