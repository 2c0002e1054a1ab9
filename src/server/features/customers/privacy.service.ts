/**
 * A customer's rights over their personal data (个人信息保护法 §44–47): a copy of what is held (JSON or .xlsx), and
 * erasure on request, which anonymizes contact data but keeps the repair record the law requires (三包 art. 17:
 * six years). Both are audited.
 */
import { newWorkbook } from '../../lib/xlsx.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { CustomerDataExport, CustomerErase } from '../../../contracts/customers.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit, redactAuditOf } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './customers.repo.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function createCustomerPrivacyService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function inScope(actor: Actor, id: string, q: Parameters<typeof repo.findCustomer>[0] = db) {
    const c = await repo.findCustomer(q, id);
    if (!c) throw notFound('客户');
    await visiblePoint(q, actor, c.servicePointId);
    return c;
  }

  async function exportData(actor: Actor, id: string): Promise<CustomerDataExport> {
    return db.transaction(async (tx) => {
      const c = await inScope(actor, id, tx);
      const [vehicles, orders, tickets] = await Promise.all([
        repo.vehiclesOf(tx, [c.id]),
        repo.workOrdersOfCustomer(tx, c.id),
        c.phone ? repo.ticketsOfPhone(tx, c.servicePointId, c.phone) : [],
      ]);
      await insertAudit(tx, actor, {
        servicePointId: c.servicePointId,
        action: 'customer.export',
        entityType: 'customer',
        entityId: c.id,
        summary: `${c.name} 个人信息导出`,
      });
      return {
        exportedAt: now().toISOString(),
        customer: {
          name: c.name,
          kind: c.kind,
          phone: c.phone,
          contacts: c.contacts,
          address: c.address,
          uscc: c.uscc,
          marketingConsent: c.marketingConsent,
          consentAt: iso(c.consentAt),
        },
        vehicles: vehicles.map((v) => ({ vin: v.vin, plate: v.plate, brand: v.brand, model: v.model, mileageKm: v.mileageKm })),
        workOrders: orders.map((w) => ({
          number: w.number,
          status: w.status,
          receivedAt: w.receivedAt.toISOString(),
          deliveredAt: iso(w.deliveredAt),
          mileageIn: w.mileageIn,
          concerns: w.concerns,
          plate: w.plate,
        })),
        tickets: tickets.map((t) => ({ number: t.number, title: t.title, status: t.status, receivedAt: t.receivedAt.toISOString() })),
      };
    });
  }

  return {
    exportData,
    /** The export as a workbook: one sheet per kind of record. */
    async exportWorkbook(actor: Actor, id: string): Promise<Buffer> {
      const data = await exportData(actor, id);
      const wb = await newWorkbook();
      const sheet = (name: string, rows: Record<string, unknown>[]) => {
        const ws = wb.addWorksheet(name);
        const keys = Object.keys(rows[0] ?? {});
        ws.addRow(keys);
        for (const r of rows) ws.addRow(keys.map((k) => (typeof r[k] === 'object' && r[k] !== null ? JSON.stringify(r[k]) : (r[k] as string | number | null))));
      };
      sheet('客户', [data.customer]);
      sheet('车辆', data.vehicles);
      sheet('维修记录', data.workOrders);
      sheet('投诉与反馈', data.tickets);
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
    /** Erase contact data on request: name, numbers, contacts, address and notes are anonymized, consent withdrawn. */
    async erase(actor: Actor, id: string, input: CustomerErase) {
      return db.transaction(async (tx) => {
        const c = await inScope(actor, id, tx);
        if (c.erasedAt) throw new AppError('CONFLICT', '该客户的个人信息已删除');
        const label = `已注销客户 ${c.id.slice(0, 8)}`;
        const tickets = c.phone ? await repo.ticketsOfPhone(tx, c.servicePointId, c.phone) : [];
        const at = now();
        const row = await repo.updateCustomer(
          tx,
          id,
          input.version,
          {
            name: label,
            phone: '',
            contacts: [],
            address: '',
            notes: '',
            isVip: false,
            marketingConsent: false,
            consentAt: at,
            erasedAt: at,
          },
          at,
        );
        if (!row) throw staleVersion();
        await repo.anonymizeTickets(
          tx,
          tickets.map((t) => t.id),
          label,
        );
        await redactAuditOf(tx, 'customer', c.id);
        await insertAudit(tx, actor, {
          servicePointId: c.servicePointId,
          action: 'customer.erase',
          entityType: 'customer',
          entityId: c.id,
          summary: `个人信息删除(${input.reason});保留维修记录,匿名化投诉 ${tickets.length} 件`,
        });
        return { erasedAt: at.toISOString(), anonymizedTickets: tickets.length };
      });
    },
  };
}
export type CustomerPrivacyService = ReturnType<typeof createCustomerPrivacyService>;
