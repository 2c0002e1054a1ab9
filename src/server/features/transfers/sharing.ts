/** Who sees whose stock in the network (库存共享): the setting on the network points and the stations it opens. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { DEFAULT_SHARING, ancestorIds, visibleStations, type SharingMode } from '../../../domain/parts/transfers.js';
import { fromMilli } from '../../../domain/parts/stock.js';
import type { NetworkStock, StockSharing } from '../../../contracts/stock-ops.js';
import { AppError, forbidden, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './transfers.repo.js';

type Q = Db | Tx;
type Point = Awaited<ReturnType<typeof visiblePoint>>;

/** The stations whose stock `station` sees, and the mode that decided it. */
export async function stationsSeenBy(q: Q, station: Point) {
  const root = `/${station.path.split('/')[1]}/`;
  const points = await listPointsUnder(q, root);
  const settings = new Map((await repo.sharingSettings(q)).map((s) => [s.servicePointId, s.mode as SharingMode]));
  const decider = ancestorIds(station).find((id) => settings.has(id));
  return { mode: decider ? settings.get(decider)! : DEFAULT_SHARING, stations: visibleStations(station, points, settings) as typeof points };
}

export function createSharingService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    /** Other stations' stock of a part number, where the network lets the station see it. */
    async networkStock(actor: Actor, f: { servicePointId?: string; partNo: string }): Promise<NetworkStock> {
      const station = await visiblePoint(db, actor, f.servicePointId);
      const { mode, stations } = await stationsSeenBy(db, station);
      const byPoint = new Map(
        (
          await repo.stockByPoint(
            db,
            stations.map((s) => s.id),
            f.partNo,
          )
        ).map((r) => [r.pointId, r]),
      );
      return {
        partNo: f.partNo,
        mode,
        items: stations
          .filter((s) => byPoint.has(s.id))
          .sort((x, y) => x.code.localeCompare(y.code))
          .map((s) => ({
            servicePointId: s.id,
            code: s.code,
            name: s.nameZh,
            onHand: fromMilli(byPoint.get(s.id)!.onHand),
            available: fromMilli(Math.max(0, byPoint.get(s.id)!.free)),
          })),
      };
    },
    async getSetting(actor: Actor, pointId: string): Promise<StockSharing> {
      const point = await visiblePoint(db, actor, pointId);
      const row = await repo.findSharing(db, point.id);
      return { servicePointId: point.id, mode: (row?.mode as SharingMode) ?? DEFAULT_SHARING, inherited: !row, version: row?.version ?? 0 };
    },
    /** Set on a network point (HQ or a regional centre) by whoever manages the network there. */
    async setSetting(actor: Actor, pointId: string, input: { mode: SharingMode; version: number }): Promise<StockSharing> {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, pointId);
        if (point.kind !== 'hq' && point.kind !== 'regional')
          throw new AppError('BUSINESS_RULE', '库存共享只能在总部或大区设置', [{ path: 'mode', message: '请在总部或大区设置' }], 'NOT_A_NETWORK_POINT');
        if (!actor.isSuperuser && !actor.permissions.has('network.manage')) throw forbidden();
        const before = await repo.findSharing(tx, point.id);
        const row = await repo.upsertSharing(tx, point.id, input.mode, input.version, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'stock-sharing.set',
          entityType: 'service_point',
          entityId: point.id,
          summary: `${point.nameZh} 库存共享:${before?.mode ?? `${DEFAULT_SHARING}(默认)`} → ${input.mode}`,
          before: before ?? null,
          after: row,
        });
        return { servicePointId: point.id, mode: row.mode as SharingMode, inherited: false, version: row.version };
      });
    },
  };
}
export type SharingService = ReturnType<typeof createSharingService>;
