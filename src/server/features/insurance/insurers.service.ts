/** Insurers (master data per point) with their assessors (定损员); the manager's receivables and revenue by insurer. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { AccidentRevenue, AssessorCreate, Insurer, InsurerCreate, Receivables } from '../../../contracts/insurance.js';
import { AGING_BUCKETS, type AgingBucket, agingBucket, receivableAgeDays } from '../../../domain/insurance/money.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './insurance.repo.js';

export function createInsurersService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function present(rows: repo.InsurerRow[]): Promise<Insurer[]> {
    const assessors = await repo.assessorsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      servicePointId: r.servicePointId,
      name: r.name,
      contactPhone: r.contactPhone,
      paymentTermDays: r.paymentTermDays,
      isActive: r.isActive,
      version: r.version,
      assessors: assessors
        .filter((a) => a.insurerId === r.id)
        .map((a) => ({ id: a.id, insurerId: a.insurerId, name: a.name, phone: a.phone, isActive: a.isActive })),
    }));
  }
  const pointsOf = async (actor: Actor, servicePointId?: string) =>
    servicePointId ? [await visiblePoint(db, actor, servicePointId)] : await listPointsUnder(db, actor.pointPath);

  return {
    async list(actor: Actor, servicePointId?: string) {
      return present(
        await repo.listInsurers(
          db,
          (await pointsOf(actor, servicePointId)).map((p) => p.id),
        ),
      );
    },
    async create(actor: Actor, input: InsurerCreate) {
      return db
        .transaction(async (tx) => {
          const point = await visiblePoint(tx, actor, input.servicePointId);
          const row = await repo.insertInsurer(tx, {
            servicePointId: point.id,
            name: input.name,
            contactPhone: input.contactPhone,
            paymentTermDays: input.paymentTermDays,
          });
          await insertAudit(tx, actor, {
            servicePointId: point.id,
            action: 'insurance.insurer-create',
            entityType: 'insurer',
            entityId: row.id,
            summary: `保险公司 ${row.name}`,
            after: input,
          });
          return row;
        })
        .then(async (row) => (await present([row]))[0]);
    },
    async addAssessor(actor: Actor, insurerId: string, input: AssessorCreate) {
      const insurer = await repo.findInsurer(db, insurerId);
      if (!insurer) throw notFound('保险公司');
      await visiblePoint(db, actor, insurer.servicePointId);
      await db.transaction(async (tx) => {
        const a = await repo.insertAssessor(tx, { insurerId, servicePointId: insurer.servicePointId, name: input.name, phone: input.phone });
        await insertAudit(tx, actor, {
          servicePointId: insurer.servicePointId,
          action: 'insurance.assessor-create',
          entityType: 'insurer',
          entityId: insurerId,
          summary: `定损员 ${a.name}`,
          after: input,
        });
      });
      return (await present([(await repo.findInsurer(db, insurerId))!]))[0];
    },
    /** Receivables of direct-pay cases, aged from the invoice date to today in each point's zone. */
    async receivables(actor: Actor, servicePointId?: string): Promise<Receivables> {
      const points = await pointsOf(actor, servicePointId);
      const zone = new Map(points.map((p) => [p.id, p.timeZone]));
      const cases = (
        await repo.receivableCases(
          db,
          points.map((p) => p.id),
        )
      ).filter((c) => (c.receivableFen ?? 0) > c.paidFen + c.writtenOffFen);
      const names = await repo.namesOf(db, cases);
      const at = now();
      const today = localDate(usableTimeZone(points[0]?.timeZone), at);
      const items = cases.map((c) => {
        const ageDays = receivableAgeDays(c.invoicedOn!, localDate(usableTimeZone(zone.get(c.servicePointId)), at));
        return {
          caseId: c.id,
          number: c.number,
          insurerId: c.insurerId,
          insurerName: names.insurer.get(c.insurerId) ?? '',
          plate: names.plate.get(c.vehicleId) ?? '',
          invoicedOn: c.invoicedOn!,
          ageDays,
          bucket: agingBucket(ageDays),
          receivableFen: c.receivableFen!,
          paidFen: c.paidFen,
          outstandingFen: c.receivableFen! - c.paidFen - c.writtenOffFen,
        };
      });
      const by = new Map<string, Receivables['byInsurer'][number]>();
      for (const i of items) {
        let b = by.get(i.insurerId);
        if (!b)
          by.set(
            i.insurerId,
            (b = {
              insurerId: i.insurerId,
              insurerName: i.insurerName,
              buckets: Object.fromEntries(AGING_BUCKETS.map((k) => [k, 0])) as Record<AgingBucket, number>,
              outstandingFen: 0,
            }),
          );
        b.buckets[i.bucket] += i.outstandingFen;
        b.outstandingFen += i.outstandingFen;
      }
      return { today, items, byInsurer: [...by.values()].sort((a, b) => b.outstandingFen - a.outstandingFen) };
    },
    /** Accident revenue by insurer: the insurer's and the customers' shares of cases invoiced in [from, to]. */
    async revenue(actor: Actor, f: { servicePointId?: string; from: string; to: string }): Promise<AccidentRevenue> {
      const points = await pointsOf(actor, f.servicePointId);
      const cases = (
        await repo.receivableCases(
          db,
          points.map((p) => p.id),
        )
      ).filter((c) => c.invoicedOn! >= f.from && c.invoicedOn! <= f.to);
      const names = await repo.namesOf(db, cases);
      const by = new Map<string, AccidentRevenue['items'][number]>();
      for (const c of cases) {
        let b = by.get(c.insurerId);
        if (!b)
          by.set(c.insurerId, (b = { insurerId: c.insurerId, insurerName: names.insurer.get(c.insurerId) ?? '', cases: 0, insurerFen: 0, customerFen: 0 }));
        b.cases += 1;
        b.insurerFen += c.receivableFen ?? 0;
        b.customerFen += c.customerShareFen ?? 0;
      }
      return { items: [...by.values()].sort((a, b) => b.insurerFen - a.insurerFen) };
    },
  };
}
export type InsurersService = ReturnType<typeof createInsurersService>;
