/** Factories for parts purchasing tests: vendors and purchase orders, through the API as the planner. */
import type { PurchaseOrder, Vendor } from '../../contracts/purchasing.js';
import type { Harness } from './harness.js';
import { ok, type Session } from './factories.js';

export function createPurchasingFactories(h: Harness) {
  let n = 0;
  let plannerSession: Promise<Session> | null = null;
  const planner = () => (plannerSession ??= h.login('planner'));
  async function vendor(o: Partial<{ code: string; name: string; kind: 'oem' | 'local'; leadTimeDays: number }> = {}): Promise<Vendor> {
    const i = ++n;
    const body = { code: `V-${String(i).padStart(4, '0')}`, name: `测试供应商 ${i}`, kind: 'local', leadTimeDays: 3, ...o };
    return ok(await (await planner()).call('POST', '/api/vendors', { body }), 'vendor');
  }
  /** A purchase order (draft, or sent when `send`) to a new vendor unless one is given. */
  async function purchaseOrder(o: {
    vendorId?: string;
    lines: { partId: string; qty: number; unitCostFen?: number }[];
    send?: boolean;
  }): Promise<PurchaseOrder> {
    const vendorId = o.vendorId ?? (await vendor()).id;
    const po = ok<PurchaseOrder>(await (await planner()).call('POST', '/api/purchase-orders', { body: { vendorId, lines: o.lines } }), 'purchaseOrder');
    if (!o.send) return po;
    return ok(await (await planner()).call('POST', `/api/purchase-orders/${po.id}/send`, { body: { version: po.version } }), 'purchaseOrder send');
  }
  return { planner, vendor, purchaseOrder };
}
