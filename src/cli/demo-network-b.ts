/**
 * The demo's subsidies and rotation (after the rollups): HQ's subsidy rules (50 元 per settled order at a station),
 * last month's statement computed and reviewed by the network manager (the director `hq` approves it in the UI), and
 * next quarter's rotation of the two regional centres' technical support, with one hand-over recorded.
 */
import type { Services } from '../server/main.js';
import { demoApi } from './demo-api.js';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../domain/time/index.js';
import { previousPeriod, periodOf } from '../domain/kpi/index.js';
import { quarterOf, quarterRange } from '../domain/rotation/index.js';

export async function seedDemoSubsidiesAndRotation(services: Services) {
  const { call, login } = demoApi(services);
  const hq = await login('hq-network');
  if (!hq) return;
  const today = localDate(DEFAULT_TIME_ZONE, services.now());

  await call(hq, 'PUT', '/api/subsidies/rules', {
    rules: [
      { pointKind: 'station', basis: 'settled_orders', amountFen: 5000 },
      { pointKind: 'franchise', basis: 'settled_orders', amountFen: 3000 },
    ],
  });
  const lastMonth = previousPeriod(periodOf('month', today)).from.slice(0, 7);
  const s = await call(hq, 'POST', '/api/subsidies/statements', { month: lastMonth });
  if (s.status === 201) await call(hq, 'POST', `/api/subsidies/statements/${s.body.id}/actions`, { version: s.body.version, action: 'review' });

  const opts = (await call(hq, 'GET', '/api/rotations/options')).body as {
    points: { id: string; code: string; employees: { id: string; positionTitle: string | null }[]; positions: { id: string; title: string }[] }[];
  } | null;
  const east = opts?.points.find((p) => p.code === 'RC-EAST');
  const south = opts?.points.find((p) => p.code === 'RC-SOUTH');
  if (!east || !south) return;
  const tech = (p: typeof east) => p.employees.find((e) => e.positionTitle === '区域技术支持')?.id;
  const post = (p: typeof east) => p.positions.find((x) => x.title === '区域技术支持')?.id;
  // The first day of the next quarter.
  const effectiveDate = addDays(quarterRange(quarterOf(today))!.to, 1);
  const plan = await call(hq, 'POST', '/api/rotations', {
    quarter: quarterOf(effectiveDate),
    effectiveDate,
    note: '区域技术支持季度轮换(华东 ↔ 华南)',
    moves: [
      { employeeId: tech(east), toPointId: south.id, toPositionId: post(south) },
      { employeeId: tech(south), toPointId: east.id, toPositionId: post(east) },
    ],
  });
  if (plan.status !== 201) return;
  const m = plan.body.moves[0];
  await call(hq, 'PUT', `/api/rotations/${plan.body.id}/moves/${m.id}/handover`, {
    version: m.version,
    successorEmployeeId: tech(south),
    items: [
      { kind: 'customer', ref: '苏州园区东岳4S店(每月技术巡检)', note: '' },
      { kind: 'case', ref: '疑难求助:发动机冷启动异响(未结)', note: '已远程诊断两次' },
      { kind: 'asset', ref: '诊断电脑 DX-07', note: '含充电器' },
    ],
  });
}
