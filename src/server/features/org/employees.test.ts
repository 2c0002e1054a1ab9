import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Employee, Position, Team } from '../../../contracts/org.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
let positions: Position[];
let teams: Team[];
const pos = (t: string) => positions.find((p) => p.titleZh === t)!;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  positions = (await admin.get('/api/positions')).body.items;
  teams = (await admin.get('/api/teams')).body.items;
});

async function sheet(rows: (string | Date)[][], header = ['姓名', '性别', '手机号', '岗位', '班组', '工种', '技术等级', '入职日期', '证书名称', '证书到期日']) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('员工');
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function upload(buf: Buffer) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(buf)], 'staff.xlsx'));
  return admin.call('POST', '/api/employees/import', { raw: form });
}
const count = async () => (await admin.get('/api/employees?pageSize=1')).body.total as number;

describe('employees', () => {
  it('creates an employee with a certification and a position in a team', async () => {
    const res = await admin.call<Employee>('POST', '/api/employees', {
      body: {
        name: '孔令辉',
        gender: 'M',
        phone: '13900001111',
        trade: 'mechanical',
        skillGrade: 'mid',
        hiredOn: '2025-03-01',
        certifications: [{ name: '汽车维修工(中级)', number: 'C-1', expiresOn: '2026-12-01' }],
        assignments: [{ positionId: pos('机修技师').id, teamId: teams[0].id }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.employeeNo).toMatch(/^E\d{4}$/);
    expect(res.body.certifications[0].status).toBe('expiring');
    expect(res.body.assignments[0]).toMatchObject({ positionTitle: '机修技师', teamName: teams[0].nameZh });
    const found = await admin.get('/api/employees?q=孔令');
    expect(found.body.items.map((e: Employee) => e.name)).toEqual(['孔令辉']);
  });

  it('a PATCH of one field keeps the others (certifications, assignments)', async () => {
    const e = (await admin.get('/api/employees?q=13900001111')).body.items[0] as Employee;
    const res = await admin.call<Employee>('PATCH', `/api/employees/${e.id}`, { body: { version: e.version, skillGrade: 'master' } });
    expect(res.status).toBe(200);
    expect(res.body.certifications).toHaveLength(1);
    expect(res.body.assignments).toHaveLength(1);
    expect(res.body.skillGrade).toBe('master');
  });

  it('400 for a bad phone, 409 for a phone in use, 409 for a stale version', async () => {
    const bad = await admin.call('POST', '/api/employees', { body: { name: '甲', phone: '12345' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ path: 'phone', message: expect.stringContaining('11 位') });
    const dup = await admin.call('POST', '/api/employees', { body: { name: '乙', phone: '13900001111' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0].path).toBe('phone');
    const e = (await admin.get('/api/employees?q=13900001111')).body.items[0] as Employee;
    expect((await admin.call('PATCH', `/api/employees/${e.id}`, { body: { version: e.version - 1, name: '丙' } })).status).toBe(409);
  });

  it('422 when one person would hold both the sales head and the CS head positions (seed 000 ⑥)', async () => {
    const salesHead = (await admin.get(`/api/employees?positionId=${pos('销售经理').id}`)).body.items[0] as Employee;
    const res = await admin.call('PATCH', `/api/employees/${salesHead.id}`, {
      body: { version: salesHead.version, assignments: [{ positionId: pos('销售经理').id }, { positionId: pos('客户关系中心主管').id }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('ORG_SALES_CS_SAME_PERSON');
  });
});

describe('import from .xlsx', () => {
  it('imports twenty employees in one go', async () => {
    const before = await count();
    const rows = Array.from({ length: 20 }, (_, i) => [
      `导入员工${i + 1}`,
      i % 2 ? '女' : '男',
      `1370000${String(i).padStart(4, '0')}`,
      '机修技师',
      '机修一组',
      '机电',
      '徒弟',
      '2025-07-01',
      '从业资格证',
      '2028-01-01',
    ]);
    const res = await upload(await sheet(rows));
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(20);
    expect(await count()).toBe(before + 20);
    const one = (await admin.get('/api/employees?q=导入员工7')).body.items[0] as Employee;
    expect(one).toMatchObject({ gender: 'M', trade: 'mechanical', skillGrade: 'apprentice' });
    expect(one.assignments[0].teamName).toBe('机修一组');
  });

  it('lists every bad row and imports nothing', async () => {
    const before = await count();
    const res = await upload(
      await sheet([
        ['好人', '男', '13611112222', '机修技师', '', '', '', '', '', ''],
        ['', '男', '13611113333', '机修技师', '', '', '', '', '', ''],
        ['坏号码', '男', '123', '机修技师', '', '', '', '', '', ''],
        ['无岗位', '男', '13611114444', '宇航员', '', '', '', '', '', ''],
        ['重复', '男', '13611112222', '机修技师', '', '外星', '', '', '', ''],
      ]),
    );
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['rows.3.name', 'rows.4.phone', 'rows.5.position', 'rows.6.phone', 'rows.6.trade']));
    expect(paths.some((p: string) => p.startsWith('rows.2.'))).toBe(false);
    expect(res.body.error.fields.find((f: { path: string }) => f.path === 'rows.5.position').message).toContain('第 5 行');
    expect(await count()).toBe(before);
  });

  it('refuses a row whose phone belongs to an existing employee, rolling back the rows before it', async () => {
    const before = await count();
    const res = await upload(
      await sheet([
        ['新人甲', '男', '13622220001', '机修技师', '', '', '', '', '', ''],
        ['新人乙', '男', '13900001111', '机修技师', '', '', '', '', '', ''],
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('rows.3.phone');
    expect(await count()).toBe(before);
    expect((await admin.get('/api/employees?q=新人甲')).body.total).toBe(0);
  });

  it('400 for a file that is not .xlsx or lacks columns; the template downloads', async () => {
    expect((await upload(Buffer.from('not a spreadsheet'))).status).toBe(400);
    const missing = await upload(await sheet([['x']], ['名字']));
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('缺少必需的列');
    const tpl = await admin.get('/api/employees/import-template');
    expect(tpl.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.body);
    expect(wb.worksheets[0].getRow(1).getCell(2).value).toBe('姓名');
  });

  it('403 for a user without employees.manage', async () => {
    const advisor = await h.login('advisor');
    const form = new FormData();
    form.append('file', new File([new Uint8Array(await sheet([]))], 'x.xlsx'));
    expect((await advisor.call('POST', '/api/employees/import', { raw: form })).status).toBe(403);
  });
});
