/**
 * Recalls and service campaigns (召回 / 服务活动): HQ issues one with its labor operation and parts, imports the VIN
 * list (validated row by row in a background job with progress; nothing goes in until every row is clean), stations
 * see open campaigns at reception, a recall work order completes the VIN (hook), HQ follows completion by region
 * and station and exports the open VINs per station (the call-in list).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { canSeePointPath } from '../../../domain/auth/actor.js';
import { completionPermille, isHeaderRow, vinListChecker, type VinRowError } from '../../../domain/warranty/campaign-vins.js';
import type { CampaignCreate } from '../../../contracts/warranty.js';
import { enqueue, type JobRow } from '../../jobs/queue.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { simpleWorkbook } from '../../lib/xlsx.js';
import { insertAudit } from '../audit/index.js';
import { findVehicle } from '../customers/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsByIds, listPointsUnder, visiblePoint } from '../service-points/index.js';
import type { WorkOrderHook } from '../work-orders/index.js';
import * as repo from './campaigns.repo.js';
import { csvLineCount, isXlsx, vinFileRows } from './vin-file.js';

export const VIN_IMPORT_QUEUE = 'campaign-vin-import';
/** Row errors kept for the page (the count has them all). */
const MAX_STORED_ERRORS = 1000;
const PROGRESS_EVERY = 10_000;
const INSERT_BATCH = 20_000;

const presentCampaign = (c: repo.CampaignRow, pointName: string) => ({
  id: c.id,
  servicePointId: c.servicePointId,
  pointName,
  number: c.number,
  kind: c.kind as 'recall' | 'service',
  title: c.title,
  description: c.description,
  laborCode: c.laborCode,
  laborHours: c.laborHoursMilli / 1000,
  parts: c.parts,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  status: c.status as 'open' | 'closed',
  vinCount: c.vinCount,
  doneCount: c.doneCount,
  completionPermille: completionPermille(c.doneCount, c.vinCount),
  version: c.version,
});

export const presentImport = (i: repo.CampaignImportRow) => ({
  id: i.id,
  campaignId: i.campaignId,
  fileName: i.fileName,
  status: i.status as 'queued' | 'running' | 'failed' | 'imported',
  totalRows: i.totalRows,
  processedRows: i.processedRows,
  importedRows: i.importedRows,
  errorCount: i.errorCount,
  errors: i.errors,
  message: i.message,
  createdAt: i.createdAt.toISOString(),
  finishedAt: i.finishedAt?.toISOString() ?? null,
});

/**
 * Validate and import one uploaded VIN list. Progress is written as it goes (outside the import's transaction, so
 * the page sees it); the rows go in only when all are clean, in one transaction with the campaign locked.
 */
export async function processVinImport(db: Db, importId: string, now: () => Date) {
  const imp = await repo.findImport(db, importId);
  if (!imp || imp.status === 'imported' || imp.status === 'failed' || !imp.content) return;
  const found = await repo.findCampaign(db, imp.campaignId);
  if (!found) return;
  const buf = Buffer.from(imp.content, 'base64');
  const total = isXlsx(buf) ? 0 : csvLineCount(buf);
  await repo.updateImport(db, importId, { status: 'running', totalRows: total, processedRows: 0 });
  const points = await listPointsUnder(db, found.pointPath);
  const codeToId = new Map(points.map((p) => [p.code.toUpperCase(), p.id]));
  const checker = vinListChecker({ existing: await repo.vinsOf(db, imp.campaignId), stationCodes: new Set(codeToId.keys()) });
  const errors: VinRowError[] = [];
  let processed = 0;
  let first = true;
  try {
    for await (const { row, cells } of vinFileRows(buf)) {
      if (first) {
        first = false;
        if (isHeaderRow(cells)) continue;
      }
      const rowErrors = checker.add(row, cells[0] ?? '', cells[1] ?? '');
      for (const e of rowErrors) if (errors.length < MAX_STORED_ERRORS) errors.push(e);
      processed++;
      if (processed % PROGRESS_EVERY === 0) await repo.updateImport(db, importId, { processedRows: processed });
    }
  } catch {
    await repo.updateImport(db, importId, { status: 'failed', content: null, message: '无法读取文件,请上传 .xlsx 或 CSV 文件', finishedAt: now() });
    return;
  }
  if (!processed) {
    await repo.updateImport(db, importId, { status: 'failed', content: null, totalRows: 0, message: '文件中没有车架号', finishedAt: now() });
    return;
  }
  if (checker.errorCount) {
    await repo.updateImport(db, importId, {
      status: 'failed',
      content: null,
      totalRows: processed,
      processedRows: processed,
      errorCount: checker.errorCount,
      errors,
      message: `${checker.errorCount} 处错误,未导入任何车架号;请改正后重新上传`,
      finishedAt: now(),
    });
    return;
  }
  const clean = checker.clean;
  await db
    .transaction(async (tx) => {
      const c = await repo.findCampaign(tx, imp.campaignId, true);
      if (!c) throw notFound('活动');
      // A concurrent import may have added some of these VINs meanwhile: refuse rather than double them.
      const existing = await repo.vinsOf(tx, imp.campaignId);
      const clash = clean.find((r) => existing.has(r.vin));
      if (clash) throw new AppError('CONFLICT', `车架号 ${clash.vin} 已由另一次导入加入本活动`);
      const registered = new Map<string, string>();
      for (let i = 0; i < clean.length; i += INSERT_BATCH) {
        const part = clean.slice(i, i + INSERT_BATCH).filter((r) => !r.stationCode);
        for (const [vin, id] of await repo.stationsOfVins(
          tx,
          part.map((r) => r.vin),
          found.pointPath,
        ))
          registered.set(vin, id);
      }
      for (let i = 0; i < clean.length; i += INSERT_BATCH)
        await repo.insertVins(
          tx,
          imp.campaignId,
          c.c.servicePointId,
          clean
            .slice(i, i + INSERT_BATCH)
            .map((r) => ({ vin: r.vin, stationId: r.stationCode ? codeToId.get(r.stationCode)! : (registered.get(r.vin) ?? null) })),
        );
      await repo.addVinCount(tx, imp.campaignId, clean.length, now());
      await repo.updateImport(tx, importId, {
        status: 'imported',
        content: null,
        totalRows: processed,
        processedRows: processed,
        importedRows: clean.length,
        message: `已导入 ${clean.length} 个车架号`,
        finishedAt: now(),
      });
      await insertAudit(tx, null, {
        servicePointId: c.c.servicePointId,
        action: 'campaign.vins-import',
        entityType: 'campaign',
        entityId: c.c.id,
        summary: `${c.c.number} 导入 ${clean.length} 个车架号(${imp.fileName})`,
        after: { importId, rows: clean.length },
      });
    })
    .catch(async (e) => {
      await repo.updateImport(db, importId, {
        status: 'failed',
        content: null,
        message: e instanceof AppError ? e.message : '导入失败,未导入任何车架号',
        finishedAt: now(),
      });
    });
}

export function createCampaignService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  /** A campaign the actor may see: issued at or above their point, or inside their scope. */
  async function campaignVisible(q: Db | Tx, actor: Actor, id: string) {
    const row = await repo.findCampaign(q, id);
    if (!row) throw notFound('活动');
    if (!canSeePointPath(actor, row.pointPath) && !actor.pointPath.startsWith(row.pointPath)) throw notFound('活动');
    return row;
  }
  /** A campaign the actor manages (issued inside their scope). */
  async function campaignManaged(q: Db | Tx, actor: Actor, id: string) {
    const row = await campaignVisible(q, actor, id);
    if (!canSeePointPath(actor, row.pointPath)) throw notFound('活动');
    return row;
  }

  return {
    async list(actor: Actor) {
      return (await repo.listCampaigns(db, actor.pointPath)).map((r) => presentCampaign(r.c, r.pointName));
    },
    async get(actor: Actor, id: string) {
      const r = await campaignVisible(db, actor, id);
      return presentCampaign(r.c, r.pointName);
    },
    async create(actor: Actor, input: CampaignCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const number = await nextDocumentNumber(tx, point, 'campaign', now());
        const row = await repo.insertCampaign(tx, {
          servicePointId: point.id,
          number,
          kind: input.kind,
          title: input.title,
          description: input.description,
          laborCode: input.laborCode,
          laborHoursMilli: Math.round(input.laborHours * 1000),
          parts: input.parts,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'campaign.create',
          entityType: 'campaign',
          entityId: row.id,
          summary: `${number} ${input.kind === 'recall' ? '召回' : '服务活动'} ${input.title}`,
          after: input,
        });
        return presentCampaign(row, point.nameZh);
      });
    },
    /** Upload a VIN list: stored and queued; the page polls the import for progress and row errors. */
    async upload(actor: Actor, id: string, file: { name: string; bytes: Buffer }) {
      if (!file.bytes.length) throw invalid([{ path: 'file', message: '文件为空' }]);
      if (!isXlsx(file.bytes) && file.bytes.subarray(0, 4096).includes(0)) throw invalid([{ path: 'file', message: '请上传 .xlsx 或 CSV 文件' }]);
      return db.transaction(async (tx) => {
        const c = await campaignManaged(tx, actor, id);
        if (c.c.status !== 'open') throw new AppError('ILLEGAL_TRANSITION', '活动已结束,不能再导入车架号');
        const row = await repo.insertImport(tx, {
          servicePointId: c.c.servicePointId,
          campaignId: id,
          fileName: file.name.slice(0, 200),
          content: file.bytes.toString('base64'),
          createdByName: actor.displayName,
        });
        await enqueue(tx, { queue: VIN_IMPORT_QUEUE, payload: { importId: row.id }, runAt: now(), dedupeKey: `campaign-import:${row.id}`, maxAttempts: 2 });
        await insertAudit(tx, actor, {
          servicePointId: c.c.servicePointId,
          action: 'campaign.vins-upload',
          entityType: 'campaign',
          entityId: id,
          summary: `${c.c.number} 上传车架号清单 ${row.fileName}`,
        });
        return presentImport(row);
      });
    },
    async importOf(actor: Actor, importId: string) {
      const i = await repo.findImport(db, importId);
      if (!i) throw notFound('导入');
      await campaignManaged(db, actor, i.campaignId);
      return presentImport(i);
    },
    async imports(actor: Actor, id: string) {
      await campaignManaged(db, actor, id);
      return (await repo.importsOf(db, id)).map(presentImport);
    },
    /** Completion by region and station (the points inside the actor's scope; HQ sees every region). */
    async completion(actor: Actor, id: string) {
      await campaignVisible(db, actor, id);
      const rows = await repo.completionByPoint(db, id);
      const points = await listPointsByIds(
        db,
        rows.flatMap((r) => (r.pointId ? [r.pointId] : [])),
      );
      const byId = new Map(points.map((p) => [p.id, p]));
      const parents = await listPointsByIds(db, [...new Set(points.flatMap((p) => (p.parentId ? [p.parentId] : [])))]);
      const parentById = new Map(parents.map((p) => [p.id, p]));
      const regions = new Map<
        string,
        {
          pointId: string | null;
          code: string;
          name: string;
          total: number;
          done: number;
          completionPermille: number;
          stations: { pointId: string | null; code: string; name: string; total: number; done: number; completionPermille: number }[];
        }
      >();
      const unassigned = { total: 0, done: 0 };
      for (const r of rows) {
        const p = r.pointId ? byId.get(r.pointId) : undefined;
        if (!p) {
          unassigned.total += r.total;
          unassigned.done += r.done;
          continue;
        }
        if (!canSeePointPath(actor, p.path)) continue;
        const parent = p.parentId ? parentById.get(p.parentId) : undefined;
        const key = parent?.id ?? '';
        const region = regions.get(key) ?? {
          pointId: parent?.id ?? null,
          code: parent?.code ?? '',
          name: parent?.nameZh ?? '—',
          total: 0,
          done: 0,
          completionPermille: 0,
          stations: [],
        };
        region.total += r.total;
        region.done += r.done;
        region.stations.push({
          pointId: p.id,
          code: p.code,
          name: p.nameZh,
          total: r.total,
          done: r.done,
          completionPermille: completionPermille(r.done, r.total),
        });
        regions.set(key, region);
      }
      const out = [...regions.values()].map((g) => ({
        ...g,
        completionPermille: completionPermille(g.done, g.total),
        stations: g.stations.sort((a, b) => a.code.localeCompare(b.code)),
      }));
      return {
        regions: out.sort((a, b) => a.code.localeCompare(b.code)),
        unassigned: canSeePointPath(actor, (await campaignVisible(db, actor, id)).pointPath) ? unassigned : { total: 0, done: 0 },
      };
    },
    /** The call-in list: open VINs per station (.xlsx); a station gets its own, HQ every station or one. */
    async openVinsXlsx(actor: Actor, id: string, stationId?: string) {
      const c = await campaignVisible(db, actor, id);
      let stations: string[] | null = null;
      if (stationId) {
        await visiblePoint(db, actor, stationId);
        stations = [stationId];
      } else if (!canSeePointPath(actor, c.pointPath)) stations = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const rows = await repo.openVinsOf(db, id, stations);
      const buf = await simpleWorkbook(
        '待召回车辆',
        ['车架号 VIN', '服务站代码', '服务站'],
        rows.map((r) => [r.vin, r.code ?? '', r.stationName ?? '未分配']),
        [22, 14, 24],
      );
      return { buf, name: `${c.c.number}-待召回车辆.xlsx` };
    },
    async handleJob(job: JobRow) {
      const { importId } = job.payload as { importId: string };
      await processVinImport(db, importId, now);
    },
  };
}
export type CampaignService = ReturnType<typeof createCampaignService>;

/** A recall work order completes the car's open campaigns once it passes QC (完成修理). */
export function campaignHook(now: () => Date): WorkOrderHook {
  return async (tx, order, event) => {
    if (event !== 'qc_pass' || order.type !== 'recall') return;
    const point = await findPoint(tx, order.servicePointId);
    const vehicle = await findVehicle(tx, order.vehicleId);
    if (point && vehicle) await repo.completeVin(tx, vehicle.vin, point, order.id, now());
  };
}
