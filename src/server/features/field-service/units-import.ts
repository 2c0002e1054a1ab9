/**
 * .xlsx import of a sales list into the equipment archive: every row is checked first (model known, serial not yet
 * archived nor repeated in the file, coordinates in range, dates); any error refuses the whole file; else all rows
 * are archived in one transaction.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { FieldUnitInput } from '../../../contracts/field-service.js';
import { normalizeSerial } from '../../../domain/field/units.js';
import { AppError, type FieldError } from '../../http/errors.js';
import { readSheet, rowError, simpleWorkbook } from '../../lib/xlsx.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './field.repo.js';
import { productPointIds, unitProblems, unitValues } from './archive.service.js';

/** Column header → input field. */
const COLUMNS: [string, keyof FieldUnitInput | 'model'][] = [
  ['型号', 'model'],
  ['出厂编号', 'serial'],
  ['客户', 'customerName'],
  ['电话', 'customerPhone'],
  ['场所', 'siteName'],
  ['安装地址', 'siteAddress'],
  ['行政区划代码', 'regionCode'],
  ['纬度', 'lat'],
  ['经度', 'lng'],
  ['销售日期', 'soldOn'],
  ['安装日期', 'installedOn'],
];
export const UNIT_HEADERS = COLUMNS.map(([h]) => h);
const REQUIRED = ['型号', '出厂编号', '客户', '安装地址'];
const LABEL = Object.fromEntries(COLUMNS.map(([h, f]) => [f, h]));

export function createUnitImport(deps: { db: Db }) {
  const { db } = deps;
  return {
    template: () =>
      simpleWorkbook('设备', UNIT_HEADERS, [
        [
          'KX-800',
          'KX800002401',
          '珠海海景大酒店',
          '13926901234',
          '中餐厨房',
          '广东省珠海市香洲区情侣中路 47 号',
          '440402',
          22.2686,
          113.5856,
          '2026-05-20',
          '2026-06-01',
        ],
      ]),
    async run(actor: Actor, buf: Buffer) {
      const { rows } = await readSheet(buf, REQUIRED, 5000);
      const products = await repo.listProducts(db, await productPointIds(db, actor));
      const byModel = new Map(products.map((p) => [p.model.toUpperCase(), p]));
      const errors: FieldError[] = [];
      const seen = new Map<string, number>();
      const values: ReturnType<typeof unitValues>[] = [];
      for (const r of rows) {
        const c = r.cells;
        const num = (s: string) => (s === '' ? null : Number(s));
        const raw = {
          serial: c['出厂编号'],
          customerName: c['客户'],
          customerPhone: c['电话'] || null,
          siteName: c['场所'] ?? '',
          siteAddress: c['安装地址'],
          regionCode: c['行政区划代码'] || null,
          lat: num(c['纬度'] ?? ''),
          lng: num(c['经度'] ?? ''),
          soldOn: c['销售日期'] || null,
          installedOn: c['安装日期'] || null,
        };
        const product = byModel.get((c['型号'] ?? '').toUpperCase());
        const before = errors.length;
        if (!product) errors.push(rowError(r.rowNumber, 'model', '型号', '型号不存在,请先新建产品型号'));
        const parsed = FieldUnitInput.safeParse({ ...raw, productId: product?.id ?? '00000000-0000-4000-8000-000000000000' });
        if (!parsed.success)
          for (const i of parsed.error.issues) {
            const field = String(i.path[0] ?? 'serial');
            errors.push(rowError(r.rowNumber, field, LABEL[field] ?? field, i.message));
          }
        else for (const p of unitProblems(parsed.data)) errors.push(rowError(r.rowNumber, p.path, LABEL[p.path] ?? p.path, p.message));
        if (errors.length > before || !product || !parsed.success) continue;
        const v = unitValues(parsed.data, product, actor.servicePointId);
        const key = `${product.id}:${v.serial}`;
        if (seen.has(key)) errors.push(rowError(r.rowNumber, 'serial', '出厂编号', `与第 ${seen.get(key)} 行重复`));
        else if (await repo.findUnitBySerial(db, product.id, v.serial))
          errors.push(rowError(r.rowNumber, 'serial', '出厂编号', `型号 ${product.model} 已有出厂编号 ${normalizeSerial(v.serial)} 的设备`));
        else values.push(v);
        seen.set(key, r.rowNumber);
      }
      if (errors.length) throw new AppError('VALIDATION', `文件中有 ${errors.length} 处错误,未导入任何数据`, errors);
      return db.transaction(async (tx) => {
        for (const v of values) await repo.insertUnit(tx, v);
        await insertAudit(tx, actor, {
          servicePointId: actor.servicePointId,
          action: 'field.unit.import',
          entityType: 'field_unit',
          entityId: actor.servicePointId,
          summary: `导入设备 ${values.length} 台`,
          after: { count: values.length },
        });
        return { imported: values.length };
      });
    },
  };
}
export type UnitImport = ReturnType<typeof createUnitImport>;
