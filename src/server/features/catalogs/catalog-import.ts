import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { LaborOperationCreate, PartCreate } from '../../../contracts/catalogs.js';
import { REPAIR_CATEGORY_LABELS, REPAIR_CATEGORIES } from '../../../domain/work-orders/guarantee.js';
import { AppError, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { readSheet, rowError, simpleWorkbook } from '../../lib/xlsx.js';
import type { CatalogService } from './catalogs.service.js';

const TRADE: Record<string, string> = {
  机电: 'mechanical',
  机修: 'mechanical',
  钣金: 'body',
  喷漆: 'paint',
  油漆: 'paint',
  电工: 'electrical',
  安装: 'installation',
  现场服务: 'field',
  其他: 'other',
};
const CATEGORY: Record<string, string> = Object.fromEntries(REPAIR_CATEGORIES.map((c) => [REPAIR_CATEGORY_LABELS[c].zh, c]));
const YES: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false, y: true, n: false, '1': true, '0': false };
const FAMILY_PREFIX = /^工时[::](.+)$/;
const LABEL: Record<string, string> = {
  code: '代码',
  name: '名称',
  trade: '工种',
  category: '类别',
  defaultHours: '标准工时',
  hoursByFamily: '车型工时',
  partNo: '配件号',
  unit: '单位',
  retailPriceFen: '零售价',
  costPriceFen: '成本价',
  brand: '品牌',
  isGenuine: '原厂件',
};

/** Yuan text ("12.5", "¥1,200.00") to fen, or null when not a price. */
export function yuanToFen(text: string): number | null {
  const t = text.replace(/[¥,,\s元]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [y, f = ''] = t.split('.');
  return Number(y) * 100 + Number(f.padEnd(2, '0'));
}

export const LABOR_HEADERS = ['代码', '名称', '工种', '类别', '标准工时'];
export const PART_HEADERS = ['配件号', '名称', '单位', '零售价', '成本价', '原厂件', '品牌'];

/** .xlsx imports of the catalogs: every row checked first; any error refuses the whole file; rows upsert by code. */
export function createCatalogImport(deps: { db: Db; catalogs: CatalogService }) {
  const { db, catalogs } = deps;

  async function run<T>(
    actor: Actor,
    buf: Buffer,
    pointId: string | undefined,
    required: string[],
    toInput: (cells: Record<string, string>, headers: string[], row: number, errors: FieldError[]) => T | null,
    write: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], pointId: string, input: T, row: number) => Promise<unknown>,
    what: string,
  ) {
    const point = await visiblePoint(db, actor, pointId);
    const { headers, rows } = await readSheet(buf, required);
    const errors: FieldError[] = [];
    const inputs: { row: number; input: T }[] = [];
    for (const r of rows) {
      const before = errors.length;
      const input = toInput(r.cells, headers, r.rowNumber, errors);
      if (input && errors.length === before) inputs.push({ row: r.rowNumber, input });
    }
    if (errors.length) throw new AppError('VALIDATION', `文件中有 ${errors.length} 处错误,未导入任何数据`, errors);
    return db.transaction(async (tx) => {
      for (const { row, input } of inputs) await write(tx, point.id, input, row);
      await insertAudit(tx, actor, {
        servicePointId: point.id,
        action: `${what}.import`,
        entityType: what,
        entityId: point.id,
        summary: `导入 ${inputs.length} 行`,
      });
      return { imported: inputs.length };
    });
  }

  return {
    importLabor: (actor: Actor, buf: Buffer, pointId?: string) =>
      run(
        actor,
        buf,
        pointId,
        ['代码', '名称', '工种', '标准工时'],
        (c, headers, n, errors) => {
          const trade = TRADE[c['工种']];
          if (c['工种'] && !trade) errors.push(rowError(n, 'trade', '工种', `无法识别「${c['工种']}」`));
          const category = c['类别'] ? CATEGORY[c['类别']] : 'minor';
          if (!category) errors.push(rowError(n, 'category', '类别', `无法识别「${c['类别']}」,可选:${Object.keys(CATEGORY).join('/')}`));
          const hoursByFamily: Record<string, number> = {};
          for (const h of headers) {
            const m = FAMILY_PREFIX.exec(h);
            if (m && c[h]) hoursByFamily[m[1]] = Number(c[h]);
          }
          const parsed = LaborOperationCreate.safeParse({
            code: c['代码'],
            name: c['名称'],
            trade: trade ?? c['工种'],
            category,
            defaultHours: c['标准工时'] === '' ? undefined : Number(c['标准工时']),
            hoursByFamily,
          });
          if (!parsed.success) {
            for (const i of parsed.error.issues) {
              const field = String(i.path[0] ?? 'code');
              if (field === 'trade' && c['工种'] && !trade) continue; // already reported in Chinese above
              errors.push(rowError(n, field, LABEL[field] ?? field, i.message));
            }
          }
          return parsed.success ? parsed.data : null;
        },
        (tx, pointId, input, row) => catalogs.upsertLabor(tx, actor, pointId, input, 'upsert', `rows.${row}.code`),
        'labor_operation',
      ),

    importParts: (actor: Actor, buf: Buffer, pointId?: string) =>
      run(
        actor,
        buf,
        pointId,
        ['配件号', '名称', '零售价', '成本价'],
        (c, _h, n, errors) => {
          const retail = yuanToFen(c['零售价'] ?? '');
          const cost = yuanToFen(c['成本价'] ?? '');
          if (retail === null) errors.push(rowError(n, 'retailPriceFen', '零售价', '须为金额(元,最多两位小数)'));
          if (cost === null) errors.push(rowError(n, 'costPriceFen', '成本价', '须为金额(元,最多两位小数)'));
          const genuine = c['原厂件'] ? YES[c['原厂件']] : true;
          if (genuine === undefined) errors.push(rowError(n, 'isGenuine', '原厂件', '填写 是 或 否'));
          const parsed = PartCreate.safeParse({
            partNo: c['配件号'],
            name: c['名称'],
            unit: c['单位'] || '个',
            retailPriceFen: retail ?? 0,
            costPriceFen: cost ?? 0,
            isGenuine: genuine ?? true,
            brand: c['品牌'] ?? '',
          });
          if (!parsed.success)
            for (const i of parsed.error.issues)
              errors.push(rowError(n, String(i.path[0] ?? 'partNo'), LABEL[String(i.path[0])] ?? String(i.path[0] ?? ''), i.message));
          return parsed.success ? parsed.data : null;
        },
        (tx, pointId, input, row) => catalogs.upsertPart(tx, actor, pointId, input, 'upsert', `rows.${row}.partNo`),
        'part',
      ),

    laborTemplate: () =>
      simpleWorkbook('标准工时', [...LABOR_HEADERS, '工时:ID.4', '工时:朗逸'], [['BY-001', '更换机油及机油滤清器', '机电', '小修', 0.5, 0.6, 0.5]]),
    partsTemplate: () => simpleWorkbook('配件目录', PART_HEADERS, [['06L115562', '机油滤清器', '个', '68.00', '41.50', '是', '大众']]),
  };
}
export type CatalogImport = ReturnType<typeof createCatalogImport>;
