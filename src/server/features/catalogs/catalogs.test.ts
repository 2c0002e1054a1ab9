import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { yuanToFen } from './catalog-import.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
});

async function xlsx(headers: string[], rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = async (path: string, buf: Buffer) => {
  const fd = new FormData();
  fd.append('file', new File([new Uint8Array(buf)], 'c.xlsx'));
  return admin.call('POST', path, { raw: fd });
};

describe('yuanToFen', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['¥1,200.05', 120005],
    ['0.01', 1],
    ['12.345', null],
    ['abc', null],
    ['', null],
  ] as const)('%s → %s', (t, want) => expect(yuanToFen(t)).toBe(want));
});

describe('labor-time catalog', () => {
  it('creates an operation with hours per model family; 409 on a duplicate code; 400 on bad hours', async () => {
    const res = await admin.call('POST', '/api/labor-operations', {
      body: { code: 'BY-001', name: '更换机油及机油滤清器', trade: 'mechanical', category: 'minor', defaultHours: 0.5, hoursByFamily: { 'ID.4': 0.6 } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ defaultHours: 0.5, hoursByFamily: { 'ID.4': 0.6 } });
    expect((await admin.call('POST', '/api/labor-operations', { body: { code: 'BY-001', name: 'x', trade: 'mechanical', defaultHours: 1 } })).status).toBe(409);
    const bad = await admin.call('POST', '/api/labor-operations', { body: { code: 'BY 2', name: '', trade: 'cooking', defaultHours: 0.0001 } });
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['code', 'defaultHours', 'name', 'trade']);
    const upd = await admin.call('PATCH', `/api/labor-operations/${res.body.id}`, { body: { version: res.body.version, defaultHours: 0.8 } });
    expect(upd.body).toMatchObject({ defaultHours: 0.8, hoursByFamily: { 'ID.4': 0.6 }, name: '更换机油及机油滤清器' });
    expect((await admin.call('PATCH', `/api/labor-operations/${res.body.id}`, { body: { version: res.body.version, defaultHours: 1 } })).status).toBe(409);
  });

  it('imports from .xlsx by header, with model-family columns; updates existing codes; bad rows refuse the file', async () => {
    const ok = await upload(
      '/api/labor-operations/import',
      await xlsx(
        ['代码', '名称', '工种', '类别', '标准工时', '工时:朗逸'],
        [
          ['BY-001', '更换机油及机油滤清器', '机电', '小修', 0.5, 0.4],
          ['EW-200', '二级维护', '机电', '二级维护', 3, ''],
          ['BJ-010', '前保险杠钣金修复', '钣金', '专项修理', 2.5, ''],
        ],
      ),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.imported).toBe(3);
    const list = (await admin.get('/api/labor-operations?q=BY-001')).body.items;
    expect(list[0]).toMatchObject({ defaultHours: 0.5, hoursByFamily: { 朗逸: 0.4 } });
    expect((await admin.get('/api/labor-operations?trade=body')).body.items.map((x: { code: string }) => x.code)).toEqual(['BJ-010']);
    const before = (await admin.get('/api/labor-operations')).body.total;
    const bad = await upload(
      '/api/labor-operations/import',
      await xlsx(
        ['代码', '名称', '工种', '标准工时'],
        [
          ['NEW-1', '新项目', '机电', 1],
          ['NEW-2', '坏工种', '厨师', 1],
          ['', '无代码', '机电', 'abc'],
        ],
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['rows.3.trade', 'rows.4.code', 'rows.4.defaultHours']));
    expect((await admin.get('/api/labor-operations')).body.total).toBe(before);
  });

  it('stores labor rates per trade and grade with a version', async () => {
    const put = await admin.call('PUT', '/api/labor-rates', { body: { trade: 'mechanical', skillGrade: 'master', rateFen: 18000, version: 0 } });
    expect(put.body).toMatchObject({ rateFen: 18000, version: 1 });
    expect((await admin.call('PUT', '/api/labor-rates', { body: { trade: 'mechanical', skillGrade: 'master', rateFen: 19000, version: 0 } })).status).toBe(409);
    expect((await admin.get('/api/labor-rates')).body.items).toEqual([{ trade: 'mechanical', skillGrade: 'master', rateFen: 18000, version: 1 }]);
  });
});

describe('parts catalog', () => {
  it('imports parts with yuan prices converted to fen; lists and searches them; 403 for roles without parts.manage', async () => {
    const ok = await upload(
      '/api/parts/import',
      await xlsx(
        ['配件号', '名称', '单位', '零售价', '成本价', '原厂件', '品牌'],
        [
          ['06L115562', '机油滤清器', '个', '68.00', '41.5', '是', '大众'],
          ['5Q0698151', '前刹车片', '套', '¥1,280', '860', '否', '博世'],
        ],
      ),
    );
    expect(ok.body.imported).toBe(2);
    const pads = (await admin.get('/api/parts?q=刹车')).body.items[0];
    expect(pads).toMatchObject({ partNo: '5Q0698151', retailPriceFen: 128000, costPriceFen: 86000, isGenuine: false, unit: '套' });
    const bad = await upload('/api/parts/import', await xlsx(['配件号', '名称', '零售价', '成本价'], [['X1', '坏价格', '12.345', 'abc']]));
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['rows.2.costPriceFen', 'rows.2.retailPriceFen']);
    const advisor = await h.login('advisor');
    expect((await advisor.get('/api/parts')).status).toBe(200);
    expect((await advisor.call('PATCH', `/api/parts/${pads.id}`, { body: { version: pads.version, retailPriceFen: 1 } })).status).toBe(403);
    const tpl = await advisor.get('/api/parts/import-template');
    expect(tpl.status).toBe(200);
  });
});
