/** Release control (放行): the exit pass issued at delivery, looked up and checked once at the gate. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { gateCheckRefusal, type GatePassStatus, type ReleaseBasis } from '../../../domain/release/index.js';
import type { GateCheck, GatePass } from '../../../contracts/release.js';
import { AppError, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { workOrderInScope, type WorkOrderHook } from '../work-orders/index.js';
import * as repo from './release.repo.js';

const present = (v: repo.GatePassView): GatePass => ({
  id: v.pass.id,
  servicePointId: v.pass.servicePointId,
  workOrderId: v.pass.workOrderId,
  workOrderNumber: v.workOrderNumber,
  number: v.pass.number,
  plate: v.pass.plate,
  model: v.model,
  customerName: v.customerName,
  basis: v.pass.basis as ReleaseBasis,
  accountName: v.accountName,
  issuedAt: v.pass.issuedAt.toISOString(),
  issuedByName: v.pass.issuedByName,
  status: v.pass.status as GatePassStatus,
  exitedAt: v.pass.exitedAt?.toISOString() ?? null,
  gateKeeperName: v.pass.gateKeeperName,
  version: v.pass.version,
});

export function createReleaseService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function inScope(q: Db | Tx, actor: Actor, id: string) {
    const v = await repo.viewOf(q, id);
    if (!v) throw notFound('出门证');
    await visiblePoint(q, actor, v.pass.servicePointId);
    return v;
  }

  /** The work-order hook: delivery (after settlement or 挂账, by the status machine) issues the exit pass. */
  const hook: WorkOrderHook = async (tx, order, action, actor) => {
    if (action !== 'deliver' || (await repo.passOfOrder(tx, order.id))) return;
    const settlement = await repo.settlementStatusOf(tx, order.id);
    const basis: ReleaseBasis = order.type === 'internal' ? 'internal' : settlement === 'on_account' ? 'on_account' : 'settled';
    if (basis === 'settled' && settlement !== 'settled') throw ruleBroken('工单尚未结算或挂账,不能交车放行', [], 'NOT_SETTLED');
    const point = (await findPoint(tx, order.servicePointId))!;
    const at = now();
    const row = await repo.insertPass(tx, {
      servicePointId: order.servicePointId,
      workOrderId: order.id,
      number: await nextDocumentNumber(tx, point, 'gatePass', at),
      plate: await repo.plateOf(tx, order.vehicleId),
      basis,
      issuedAt: at,
      issuedByName: actor?.displayName ?? '',
    });
    await insertAudit(tx, actor, {
      servicePointId: order.servicePointId,
      action: 'gate-pass.issue',
      entityType: 'gate_pass',
      entityId: row.id,
      summary: `${order.number} 开具出门证 ${row.number}(${row.plate})`,
      after: row,
    });
  };

  return {
    hook,
    async list(actor: Actor, f: { servicePointId?: string; q?: string; status?: GatePassStatus }) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      return (await repo.listPasses(db, { pointIds, text: f.q, status: f.status })).map(present);
    },
    async get(actor: Actor, id: string) {
      return present(await inScope(db, actor, id));
    },
    async ofOrder(actor: Actor, workOrderId: string) {
      const w = await workOrderInScope(db, actor, workOrderId);
      const pass = await repo.passOfOrder(db, w.id);
      if (!pass) throw notFound('出门证(工单交车后开具)');
      return present((await repo.viewOf(db, pass.id))!);
    },
    /** The gate check (门卫放行): once per pass; the plate seen at the gate, when typed, must match. */
    async exit(actor: Actor, id: string, input: GateCheck): Promise<GatePass> {
      return db.transaction(async (tx) => {
        const before = await repo.findPass(tx, id, true);
        if (!before) throw notFound('出门证');
        await visiblePoint(tx, actor, before.servicePointId);
        const refusal = gateCheckRefusal({ status: before.status as GatePassStatus, plate: before.plate }, input.plate || undefined);
        if (refusal && before.status === 'exited') throw new AppError('CONFLICT', refusal, [], 'ALREADY_EXITED');
        if (refusal) throw new AppError('BUSINESS_RULE', refusal, [{ path: 'plate', message: refusal }], 'PLATE_MISMATCH');
        const at = now();
        const row = await repo.markExited(tx, id, input.version, { exitedAt: at, gateKeeperName: actor.displayName });
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'gate-pass.exit',
          entityType: 'gate_pass',
          entityId: id,
          summary: `出门证 ${row.number} ${row.plate} 放行出厂`,
          before,
          after: row,
        });
        return present((await repo.viewOf(tx, id))!);
      });
    },
    async printData(actor: Actor, id: string) {
      const pass = await this.get(actor, id);
      return { pass, point: (await findPoint(db, pass.servicePointId))! };
    },
  };
}
export type ReleaseService = ReturnType<typeof createReleaseService>;
