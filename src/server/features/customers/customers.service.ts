import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { validatePhone, validatePlate, validateUscc, validateVin } from '../../../domain/identifiers/index.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import type { Customer, CustomerCreate, Vehicle, VehicleCreate } from '../../../contracts/customers.js';
import { AppError, notFound, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsByIds, listPointsUnder } from '../service-points/index.js';
import * as repo from './customers.repo.js';

type Q = Db | Tx;

type Contact = { name: string; phone: string; role: string };
function checkCustomer(
  input: { kind?: string; uscc?: string | null; phone?: string; contacts?: Contact[] },
  kind: string,
): { uscc?: string | null; phone?: string; contacts?: Contact[] } {
  const fields: FieldError[] = [];
  const out: { uscc?: string | null; phone?: string; contacts?: Contact[] } = {};
  if (kind === 'company' && input.uscc !== undefined) {
    if (!input.uscc) fields.push({ path: 'uscc', message: '单位客户须填写统一社会信用代码' });
    else {
      const r = validateUscc(input.uscc);
      if (!r.ok) fields.push({ path: 'uscc', message: r.message });
      else out.uscc = r.uscc;
    }
  }
  if (kind === 'person' && input.uscc) out.uscc = null;
  if (input.phone) {
    const r = validatePhone(input.phone);
    if (!r.ok) fields.push({ path: 'phone', message: r.message });
    else out.phone = r.phone;
  }
  // Contacts' numbers normalized by the same rule (the contract already refused malformed ones).
  if (input.contacts) out.contacts = input.contacts.map((c) => ({ ...c, phone: c.phone ? ((r) => (r.ok ? r.phone : c.phone))(validatePhone(c.phone)) : '' }));
  if (fields.length) throw new AppError('VALIDATION', '客户信息有误', fields);
  return out;
}

/** VIN: format errors are 400; a check digit that does not match is 422 VIN_CHECK_DIGIT unless confirmed. */
function checkVehicle(input: { vin?: string; vinCheckOverride?: boolean; plate?: string }) {
  const out: { vin?: string; isVinCheckValid?: boolean; plate?: string } = {};
  if (input.vin !== undefined) {
    const r = validateVin(input.vin, { allowCheckDigitMismatch: input.vinCheckOverride });
    if (!r.ok && r.code === 'VIN_FORMAT') throw new AppError('VALIDATION', r.message, [{ path: 'vin', message: r.message }]);
    if (!r.ok) throw new AppError('BUSINESS_RULE', r.message, [{ path: 'vin', message: r.message }], 'VIN_CHECK_DIGIT');
    out.vin = r.vin;
    out.isVinCheckValid = r.checkDigitValid;
  }
  if (input.plate) {
    const p = validatePlate(input.plate);
    if (!p.ok) throw new AppError('VALIDATION', p.message, [{ path: 'plate', message: p.message }]);
    out.plate = p.plate;
  }
  return out;
}

export function createCustomerService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  /** Today's local date in each point's zone (a warranty runs to the end of its last day there). */
  async function todayIn(q: Q, pointIds: string[]) {
    const points = await listPointsByIds(q, [...new Set(pointIds)]);
    return new Map(points.map((p) => [p.id, localDate(usableTimeZone(p.timeZone), now())]));
  }
  const todayAt = async (q: Q, pointId: string) => (await todayIn(q, [pointId])).get(pointId)!;

  const presentVehicle = (v: repo.VehicleRow, customerName: string, today: string): Vehicle => {
    const plate = v.plate ? validatePlate(v.plate) : null;
    const byDate = v.warrantyUntil ? v.warrantyUntil >= today : null;
    const byKm = v.warrantyKm !== null ? v.mileageKm <= v.warrantyKm : null;
    return {
      id: v.id,
      servicePointId: v.servicePointId,
      customerId: v.customerId,
      customerName,
      vin: v.vin,
      isVinCheckValid: v.isVinCheckValid,
      plate: v.plate,
      plateKind: plate?.ok ? plate.kind : null,
      brand: v.brand,
      model: v.model,
      modelFamily: v.modelFamily,
      modelYear: v.modelYear,
      mileageKm: v.mileageKm,
      purchasedOn: v.purchasedOn,
      invoicedOn: v.invoicedOn,
      deliveredOn: v.deliveredOn,
      warrantyUntil: v.warrantyUntil,
      warrantyKm: v.warrantyKm,
      isUnderWarranty: byDate === null && byKm === null ? null : (byDate ?? true) && (byKm ?? true),
      version: v.version,
    };
  };
  async function present(q: Q, rows: repo.CustomerRow[]): Promise<Customer[]> {
    const vs = await repo.vehiclesOf(
      q,
      rows.map((r) => r.id),
    );
    const today = await todayIn(
      q,
      vs.map((v) => v.servicePointId),
    );
    return rows.map((c) => ({
      id: c.id,
      servicePointId: c.servicePointId,
      kind: c.kind as 'person' | 'company',
      name: c.name,
      uscc: c.uscc,
      phone: c.phone,
      contacts: c.contacts,
      address: c.address,
      isVip: c.isVip,
      notes: c.notes,
      marketingConsent: c.marketingConsent,
      consentAt: c.consentAt?.toISOString() ?? null,
      erasedAt: c.erasedAt?.toISOString() ?? null,
      version: c.version,
      vehicles: vs.filter((v) => v.customerId === c.id).map((v) => presentVehicle(v, c.name, today.get(v.servicePointId)!)),
    }));
  }
  async function customerInScope(q: Q, actor: Actor, id: string) {
    const c = await repo.findCustomer(q, id);
    if (!c) throw notFound('客户');
    await visiblePoint(q, actor, c.servicePointId);
    return c;
  }
  async function vinFree(q: Q, pointId: string, vin: string, selfId: string | null) {
    const other = await repo.findVehicleByVin(q, pointId, vin);
    if (other && other.id !== selfId) throw new AppError('CONFLICT', `车架号 ${vin} 已登记`, [{ path: 'vin', message: '该车架号已登记在其他客户名下' }]);
  }

  return {
    async list(actor: Actor, f: { servicePointId?: string; q?: string; page: number; pageSize: number }) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const { rows, total } = await repo.listCustomers(db, { pointIds, q: f.q, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: await present(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return (await present(db, [await customerInScope(db, actor, id)]))[0];
    },
    async create(actor: Actor, input: CustomerCreate) {
      const checked = checkCustomer(input, input.kind);
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const { servicePointId: _p, ...fields } = input;
        const row = await repo.insertCustomer(tx, {
          ...fields,
          ...checked,
          uscc: input.kind === 'company' ? (checked.uscc ?? null) : null,
          servicePointId: point.id,
          consentAt: input.marketingConsent ? now() : null,
        });
        const [out] = await present(tx, [row]);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'customer.create',
          entityType: 'customer',
          entityId: row.id,
          summary: row.name,
          after: out,
        });
        return out;
      });
    },
    async update(actor: Actor, id: string, input: Partial<CustomerCreate> & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await customerInScope(tx, actor, id);
        const kind = input.kind ?? before.kind;
        const checked = checkCustomer(
          { ...input, uscc: input.uscc !== undefined ? input.uscc : kind === 'company' && input.kind ? before.uscc : undefined },
          kind,
        );
        const { version, servicePointId: _p, ...patch } = input;
        if (before.erasedAt) throw new AppError('BUSINESS_RULE', '该客户的个人信息已按请求删除,不能再修改', [], 'CUSTOMER_ERASED');
        const consentChanged = input.marketingConsent !== undefined && input.marketingConsent !== before.marketingConsent;
        const row = await repo.updateCustomer(tx, id, version, { ...patch, ...checked, ...(consentChanged ? { consentAt: now() } : {}) }, now());
        if (!row) throw staleVersion();
        const [out] = await present(tx, [row]);
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'customer.update',
          entityType: 'customer',
          entityId: id,
          summary: row.name,
          before,
          after: out,
        });
        return out;
      });
    },
    async getVehicle(actor: Actor, id: string) {
      const v = await repo.findVehicle(db, id);
      if (!v) throw notFound('车辆');
      const c = await customerInScope(db, actor, v.customerId);
      return presentVehicle(v, c.name, await todayAt(db, v.servicePointId));
    },
    async createVehicle(actor: Actor, input: VehicleCreate) {
      const checked = checkVehicle(input);
      return db.transaction(async (tx) => {
        const owner = await customerInScope(tx, actor, input.customerId);
        await vinFree(tx, owner.servicePointId, checked.vin!, null);
        const { vinCheckOverride: _o, ...fields } = input;
        const row = await repo.insertVehicle(tx, { ...fields, ...checked, vin: checked.vin!, servicePointId: owner.servicePointId });
        const out = presentVehicle(row, owner.name, await todayAt(tx, row.servicePointId));
        await insertAudit(tx, actor, {
          servicePointId: owner.servicePointId,
          action: 'vehicle.create',
          entityType: 'vehicle',
          entityId: row.id,
          summary: `${row.plate} ${row.vin}${row.isVinCheckValid ? '' : '(校验位不符,已确认)'}`,
          after: out,
        });
        return out;
      });
    },
    async updateVehicle(actor: Actor, id: string, input: Partial<VehicleCreate> & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await repo.findVehicle(tx, id);
        if (!before) throw notFound('车辆');
        // An unchanged VIN is not checked again (a confirmed imported VIN must not ask twice).
        const sameVin = input.vin !== undefined && input.vin.trim().toUpperCase() === before.vin;
        const checked = checkVehicle({ ...input, vin: sameVin ? undefined : input.vin });
        const owner = await customerInScope(tx, actor, input.customerId ?? before.customerId);
        await customerInScope(tx, actor, before.customerId);
        if (owner.servicePointId !== before.servicePointId)
          throw new AppError('VALIDATION', '车主须属于同一网点', [{ path: 'customerId', message: '车主须属于同一网点' }]);
        if (checked.vin) await vinFree(tx, before.servicePointId, checked.vin, id);
        if (input.mileageKm !== undefined && input.mileageKm < before.mileageKm) {
          throw new AppError(
            'BUSINESS_RULE',
            `里程不能小于已记录的 ${before.mileageKm} km`,
            [{ path: 'mileageKm', message: `不能小于 ${before.mileageKm} km` }],
            'MILEAGE_DECREASE',
          );
        }
        const { version, vinCheckOverride: _o, ...patch } = input;
        const row = await repo.updateVehicle(tx, id, version, { ...patch, ...checked }, now());
        if (!row) throw staleVersion();
        const out = presentVehicle(row, owner.name, await todayAt(tx, row.servicePointId));
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'vehicle.update',
          entityType: 'vehicle',
          entityId: id,
          summary: `${row.plate} ${row.vin}`,
          before,
          after: out,
        });
        return out;
      });
    },
    async search(actor: Actor, text: string) {
      const pointIds = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const { byVehicle, byCustomer } = await repo.search(db, pointIds, text);
      const items = [
        ...byVehicle.map(({ v, customerName, phone }) => ({
          type: 'vehicle' as const,
          id: v.id,
          customerId: v.customerId,
          title: v.plate || v.vin,
          subtitle: `${customerName} ${phone} · ${v.brand} ${v.model} · ${v.vin}`,
          matched: v.plate.includes(text.toUpperCase()) ? 'plate' : 'vin',
        })),
        ...byCustomer.map((c) => ({
          type: 'customer' as const,
          id: c.id,
          customerId: c.id,
          title: c.name,
          subtitle: c.phone,
          matched: c.name.includes(text) ? 'name' : 'phone',
        })),
      ];
      return { items: items.slice(0, 30) };
    },
  };
}
export type CustomerService = ReturnType<typeof createCustomerService>;
