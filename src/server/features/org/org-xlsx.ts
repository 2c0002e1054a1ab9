import { cellText, newWorkbook } from '../../lib/xlsx.js';
import type { StaffingRow } from '../../../domain/org/staffing.js';

const STATUS_ZH = { ok: '编制内', under: '缺编', vacant: '空缺', over: '超编' } as const;

/** The staffing table as an .xlsx workbook (编制表). */
export async function staffingWorkbook(pointName: string, rows: StaffingRow[], totals: { planned: number; actual: number }) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const ws = wb.addWorksheet('编制表', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = `${pointName} 编制表`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(2).values = ['部门', '岗位', 'Position', '职级', '编制人数', '实有人数', '差额', '状态', '在岗人员'];
  ws.getRow(2).font = { bold: true };
  ws.columns = [{ width: 16 }, { width: 20 }, { width: 28 }, { width: 8 }, { width: 10 }, { width: 10 }, { width: 8 }, { width: 8 }, { width: 40 }];
  for (const r of rows) {
    const row = ws.addRow([
      r.departmentName ?? '',
      r.titleZh,
      r.titleEn,
      r.grade,
      r.plannedHeadcount,
      r.actualHeadcount,
      r.gap,
      STATUS_ZH[r.status],
      r.holders.join('、'),
    ]);
    if (r.status !== 'ok') row.getCell(8).font = { color: { argb: r.status === 'over' ? 'FFD46B08' : 'FFCF1322' } };
  }
  const total = ws.addRow(['合计', '', '', '', totals.planned, totals.actual, totals.actual - totals.planned, '', '']);
  total.font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const EMPLOYEE_COLUMNS = [
  ['employeeNo', '工号'],
  ['name', '姓名'],
  ['gender', '性别'],
  ['phone', '手机号'],
  ['position', '岗位'],
  ['team', '班组'],
  ['trade', '工种'],
  ['skillGrade', '技术等级'],
  ['hiredOn', '入职日期'],
  ['certName', '证书名称'],
  ['certNumber', '证书编号'],
  ['certExpiresOn', '证书到期日'],
] as const;
export type EmployeeSheetRow = { rowNumber: number } & Partial<Record<(typeof EMPLOYEE_COLUMNS)[number][0], string>>;

/** The blank import template, with one example row. */
export async function employeeTemplateWorkbook() {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('员工');
  ws.addRow(EMPLOYEE_COLUMNS.map(([, h]) => h)).font = { bold: true };
  ws.addRow([
    '',
    '张三',
    '男',
    '13800138000',
    '机修技师',
    '机修一组',
    '机电',
    '中工',
    '2024-03-01',
    '机动车维修技术人员从业资格证',
    'JX-2024-001',
    '2028-03-01',
  ]);
  ws.columns = EMPLOYEE_COLUMNS.map(() => ({ width: 16 }));
  const notes = wb.addWorksheet('说明');
  notes.addRows([
    ['姓名、手机号、岗位为必填;岗位、班组须与系统中的名称一致。'],
    ['性别:男/女;工种:机电/钣金/喷漆/电工/安装/现场服务/其他;技术等级:师傅/中工/徒弟/职员。'],
    ['日期格式 YYYY-MM-DD。任一行有错误时整个文件不会导入。'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Read the first sheet; columns are found by their Chinese header, so column order does not matter. */
export async function readEmployeeSheet(buf: Buffer): Promise<{ rows: EmployeeSheetRow[]; missingHeaders: string[] }> {
  const wb = await newWorkbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], missingHeaders: ['姓名', '手机号', '岗位'] };
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value).replace(/[*\s]/g, ''), col));
  const missingHeaders = ['姓名', '手机号', '岗位'].filter((h) => !header.has(h));
  const rows: EmployeeSheetRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const out: EmployeeSheetRow = { rowNumber };
    let any = false;
    for (const [key, label] of EMPLOYEE_COLUMNS) {
      const col = header.get(label);
      const text = col ? cellText(row.getCell(col).value) : '';
      if (text) any = true;
      out[key] = text;
    }
    if (any) rows.push(out);
  });
  return { rows, missingHeaders };
}
