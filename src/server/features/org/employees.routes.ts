import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { AppError } from '../../http/errors.js';
import { BinaryFile, paged, PointQuery, XlsxUpload } from '../../../contracts/common.js';
import { Employee, EmployeeCreate, EmployeeQuery, EmployeeUpdate, ImportResult } from '../../../contracts/org.js';
import type { EmployeeService } from './employees.service.js';
import type { createEmployeeImport } from './employee-import.js';
import { employeeTemplateWorkbook } from './org-xlsx.js';

const tag = 'Organization 组织结构';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function employeeRoutes(employees: EmployeeService, importEmployees: ReturnType<typeof createEmployeeImport>) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/employees',
      tags: [tag],
      summary: '员工 Employees',
      request: { query: EmployeeQuery },
      responses: { 200: jsonOk(paged(Employee)), ...errorResponses },
    }),
    async (c) => c.json(await employees.list(requirePermission(c, 'org.read'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/employees/import-template',
      tags: [tag],
      summary: '员工导入模板 .xlsx',
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      requirePermission(c, 'employees.manage');
      return c.body(new Uint8Array(await employeeTemplateWorkbook()), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="employees-template.xlsx"; filename*=UTF-8''${encodeURIComponent('员工导入模板.xlsx')}`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/employees/{id}',
      tags: [tag],
      summary: '员工详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(Employee), ...errorResponses },
    }),
    async (c) => c.json(await employees.get(requirePermission(c, 'org.read'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/employees',
      tags: [tag],
      summary: '新增员工(含证书与岗位)',
      request: jsonBody(EmployeeCreate),
      responses: { 201: jsonOk(Employee), ...errorResponses },
    }),
    async (c) => c.json(await employees.create(requirePermission(c, 'employees.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/employees/{id}',
      tags: [tag],
      summary: '修改员工 / 调岗 / 离职',
      request: { params: IdParam, ...jsonBody(EmployeeUpdate) },
      responses: { 200: jsonOk(Employee), ...errorResponses },
    }),
    async (c) => c.json(await employees.update(requirePermission(c, 'employees.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/employees/import',
      tags: [tag],
      summary: '从 .xlsx 导入员工(全部成功或全部不导入)',
      request: { query: PointQuery, body: { content: { 'multipart/form-data': { schema: XlsxUpload } } } },
      responses: { 200: jsonOk(ImportResult), ...errorResponses },
    }),
    async (c) => {
      const actor = requirePermission(c, 'employees.manage');
      let file: unknown;
      try {
        file = (await c.req.parseBody())['file'];
      } catch {
        throw new AppError('VALIDATION', '请以 multipart/form-data 上传文件', [{ path: 'file', message: '缺少文件' }]);
      }
      if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要导入的 .xlsx 文件', [{ path: 'file', message: '缺少文件' }]);
      const buf = Buffer.from(await file.arrayBuffer());
      return c.json(await importEmployees(actor, buf, c.req.valid('query').servicePointId), 200);
    },
  );
  return r;
}
