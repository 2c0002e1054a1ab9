import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { AppError, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './service-points.repo.js';
import { visiblePoint } from './scope.js';
import type { ServicePoint } from '../../../contracts/org.js';
import { isKnownRegion } from '../divisions/index.js';

const depthOf = (path: string) => path.split('/').filter(Boolean).length - 1;

/** API shape: an explicit whitelist of fields. */
export const presentPoint = (p: repo.ServicePointRow): ServicePoint => ({
  id: p.id,
  parentId: p.parentId,
  depth: depthOf(p.path),
  kind: p.kind as ServicePoint['kind'],
  code: p.code,
  nameZh: p.nameZh,
  nameEn: p.nameEn,
  address: p.address,
  contactName: p.contactName,
  contactPhone: p.contactPhone,
  regionCodes: p.regionCodes,
  timeZone: p.timeZone,
  version: p.version,
});

function checkRegions(codes: string[] | undefined) {
  const bad = (codes ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !isKnownRegion(c));
  if (bad.length) {
    throw new AppError(
      'VALIDATION',
      '包含未知的行政区划代码',
      bad.map(({ c, i }) => ({ path: `regionCodes.${i}`, message: `未知的行政区划代码 ${c}` })),
    );
  }
}

export function createServicePointService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async list(actor: Actor) {
      return (await repo.listPointsUnder(db, actor.pointPath)).map(presentPoint);
    },
    async get(actor: Actor, id: string) {
      return presentPoint(await visiblePoint(db, actor, id));
    },
    async create(actor: Actor, input: Omit<ServicePoint, 'id' | 'depth' | 'version' | 'parentId'> & { parentId: string }) {
      checkRegions(input.regionCodes);
      return db.transaction(async (tx) => {
        const parent = await visiblePoint(tx, actor, input.parentId);
        if (await repo.findPointByCode(tx, input.code)) {
          throw new AppError('CONFLICT', `网点编码 ${input.code} 已存在`, [{ path: 'code', message: '编码已存在' }]);
        }
        const id = randomUUID();
        const row = await repo.insertPoint(tx, { ...input, id, parentId: parent.id, path: `${parent.path}${id}/` });
        await insertAudit(tx, actor, {
          servicePointId: id,
          action: 'service-point.create',
          entityType: 'service_point',
          entityId: id,
          summary: row.nameZh,
          after: presentPoint(row),
        });
        return presentPoint(row);
      });
    },
    async update(actor: Actor, id: string, input: Partial<Omit<ServicePoint, 'id' | 'depth' | 'parentId'>> & { version: number }) {
      checkRegions(input.regionCodes);
      return db.transaction(async (tx) => {
        const before = await visiblePoint(tx, actor, id);
        const { version, ...patch } = input;
        if (patch.code && patch.code !== before.code && (await repo.findPointByCode(tx, patch.code))) {
          throw new AppError('CONFLICT', `网点编码 ${patch.code} 已存在`, [{ path: 'code', message: '编码已存在' }]);
        }
        const row = await repo.updatePoint(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: id,
          action: 'service-point.update',
          entityType: 'service_point',
          entityId: id,
          summary: row.nameZh,
          before: presentPoint(before),
          after: presentPoint(row),
        });
        return presentPoint(row);
      });
    },
  };
}
export type ServicePointService = ReturnType<typeof createServicePointService>;
