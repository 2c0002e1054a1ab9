/** Rows → API shapes (units with their product, visits with unit, engineer, parts and photos, requests with visits). */
import type { Db, Tx } from '../../db/client.js';
import type { FieldEngineer, FieldRequest, FieldUnit, FieldVisit } from '../../../contracts/field-service.js';
import { certificateValidOn } from '../../../domain/field/eligibility.js';
import { inWarranty } from '../../../domain/field/units.js';
import { missesDeadline } from '../../../domain/field/kpi.js';
import type { RequestStatus, VisitKind, VisitStatus } from '../../../domain/field/visits.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { attachmentsOf } from '../attachments/index.js';
import { listPointsByIds } from '../service-points/index.js';
import * as repo from './field.repo.js';

type Q = Db | Tx;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function presentUnits(q: Q, rows: repo.UnitRow[], now: Date): Promise<FieldUnit[]> {
  const products = new Map((await repo.productsOfIds(q, [...new Set(rows.map((r) => r.productId))])).map((p) => [p.id, p]));
  const points = new Map((await listPointsByIds(q, [...new Set(rows.map((r) => r.servicePointId))])).map((p) => [p.id, p]));
  return rows.map((u) => {
    const p = products.get(u.productId)!;
    const today = localDate(usableTimeZone(points.get(u.servicePointId)?.timeZone), now);
    return {
      id: u.id,
      servicePointId: u.servicePointId,
      productId: u.productId,
      productModel: p.model,
      productName: p.name,
      requiredSkill: p.requiredSkill,
      serial: u.serial,
      customerName: u.customerName,
      customerPhone: u.customerPhone,
      siteName: u.siteName,
      siteAddress: u.siteAddress,
      regionCode: u.regionCode,
      lat: u.lat,
      lng: u.lng,
      soldOn: u.soldOn,
      installedOn: u.installedOn,
      warrantyStart: u.warrantyStart,
      warrantyEnd: u.warrantyEnd,
      inWarranty: inWarranty(u.warrantyStart, u.warrantyEnd, today),
      contractNo: u.contractNo,
      contractResponseMinutes: u.contractResponseMinutes,
      contractResponseClock: u.contractResponseClock,
      version: u.version,
    };
  });
}

export async function presentVisits(q: Q, rows: repo.VisitRow[]): Promise<FieldVisit[]> {
  const units = new Map((await repo.unitsOfIds(q, [...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, u]));
  const products = new Map((await repo.productsOfIds(q, [...new Set([...units.values()].map((u) => u.productId))])).map((p) => [p.id, p]));
  const requests = new Map((await repo.requestsOfIds(q, [...new Set(rows.flatMap((r) => (r.requestId ? [r.requestId] : [])))])).map((r) => [r.id, r]));
  const engineers = new Map((await repo.engineersOfIds(q, [...new Set(rows.flatMap((r) => (r.engineerId ? [r.engineerId] : [])))])).map((e) => [e.id, e]));
  const parts = await repo.partsOfVisits(
    q,
    rows.map((r) => r.id),
  );
  const photos = await attachmentsOf(
    q,
    'field_visit',
    rows.filter((r) => r.checkOutAt).map((r) => r.id),
  );
  return rows.map((v) => {
    const u = units.get(v.unitId)!;
    const req = v.requestId ? requests.get(v.requestId) : undefined;
    return {
      id: v.id,
      servicePointId: v.servicePointId,
      number: v.number,
      requestId: v.requestId,
      requestNumber: req?.number ?? null,
      unitId: v.unitId,
      serial: u.serial,
      productModel: products.get(u.productId)?.model ?? '',
      customerName: u.customerName,
      customerPhone: u.customerPhone,
      siteAddress: u.siteAddress,
      lat: u.lat,
      lng: u.lng,
      fault: req?.fault ?? null,
      kind: v.kind as VisitKind,
      status: v.status as VisitStatus,
      requiredSkill: v.requiredSkill,
      serviceMinutes: v.serviceMinutes,
      deadlineAt: iso(v.deadlineAt),
      deadlineSource: v.deadlineSource,
      deadlineClock: v.deadlineClock,
      plannedDate: v.plannedDate,
      engineerId: v.engineerId,
      engineerName: v.engineerId ? (engineers.get(v.engineerId)?.name ?? null) : null,
      routeOrder: v.routeOrder,
      pinned: v.pinned,
      etaAt: iso(v.etaAt),
      missesDeadline: missesDeadline(v.checkInAt ?? v.etaAt, v.deadlineAt),
      escalationLevel: v.escalationLevel,
      escalatedToName: v.escalatedToName,
      levelDueAt: iso(v.levelDueAt),
      checkInAt: iso(v.checkInAt),
      checkInGeo: v.checkInGeo,
      checkInLat: v.checkInLat,
      checkInLng: v.checkInLng,
      checkOutAt: iso(v.checkOutAt),
      checkOutGeo: v.checkOutGeo,
      report: v.report,
      resolved: v.resolved,
      signedByName: v.signedByName,
      hasSignature: !!v.signature,
      nextVisitId: v.nextVisitId,
      parts: parts.filter((p) => p.visitId === v.id).map((p) => ({ partCode: p.partCode, partName: p.partName, qty: p.qty })),
      photos: photos.get(v.id) ?? [],
      version: v.version,
    };
  });
}

export async function presentRequests(q: Q, rows: repo.RequestRow[]): Promise<FieldRequest[]> {
  const units = new Map((await repo.unitsOfIds(q, [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))])).map((u) => [u.id, u]));
  const products = new Map((await repo.productsOfIds(q, [...new Set([...units.values()].map((u) => u.productId))])).map((p) => [p.id, p]));
  const points = new Map((await listPointsByIds(q, [...new Set(rows.map((r) => r.servicePointId))])).map((p) => [p.id, p]));
  const visits = await presentVisits(q, await repo.visitsOf(q, { requestIds: rows.map((r) => r.id) }));
  return rows.map((r) => {
    const u = r.unitId ? units.get(r.unitId) : undefined;
    return {
      id: r.id,
      servicePointId: r.servicePointId,
      servicePointName: points.get(r.servicePointId)?.nameZh ?? '',
      receivedAtPointId: r.receivedAtPointId,
      routedBy: r.routedBy,
      number: r.number,
      channel: r.channel,
      unitId: r.unitId,
      serial: u?.serial ?? null,
      productModel: u ? (products.get(u.productId)?.model ?? null) : null,
      customerName: r.customerName,
      customerPhone: r.customerPhone,
      fault: r.fault,
      status: r.status as RequestStatus,
      receivedAt: r.receivedAt.toISOString(),
      receivedByName: r.receivedByName,
      contactedAt: iso(r.contactedAt),
      diagnosisOutcome: r.diagnosisOutcome,
      diagnosisNote: r.diagnosisNote,
      diagnosedByName: r.diagnosedByName,
      closedAt: iso(r.closedAt),
      visits: visits.filter((v) => v.requestId === r.id),
      version: r.version,
    };
  });
}

export async function presentEngineers(q: Q, rows: repo.EngineerRow[], today: string): Promise<FieldEngineer[]> {
  const ids = rows.map((e) => e.id);
  const certs = await repo.certificatesOf(q, ids);
  const van = await repo.vanStockOf(q, ids);
  return rows.map((e) => ({
    id: e.id,
    servicePointId: e.servicePointId,
    name: e.name,
    phone: e.phone,
    userId: e.userId,
    homeLat: e.homeLat,
    homeLng: e.homeLng,
    skills: e.skills,
    shiftStart: e.shiftStart,
    shiftEnd: e.shiftEnd,
    certificates: certs
      .filter((c) => c.engineerId === e.id)
      .map((c) => ({ id: c.id, skill: c.skill, number: c.number, validFrom: c.validFrom, validUntil: c.validUntil, valid: certificateValidOn(c, today) })),
    vanStock: van.filter((s) => s.engineerId === e.id).map((s) => ({ partCode: s.partCode, partName: s.partName, qty: s.qty })),
    version: e.version,
  }));
}
