/** Test fixtures for the workshop: demo catalogs, technician logins, and confirmed work orders with their jobs. */
import { expect } from 'vitest';
import { employees } from '../../db/schema.js';
import type { Harness } from '../../test/harness.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { Board, JobCard } from '../../../contracts/workshop.js';

export const SIG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const TECH_PASSWORD = 'tech-pass-1';
export type Session = Awaited<ReturnType<Harness['login']>>;

/** Demo data plus helpers; technicians get a login on first use (username = the name's pinyin-free key). */
export async function workshopFixture(h: Harness) {
  const pointId = h.installed.orgPointId;
  await seedDemoCustomersAndCatalogs(h.db, pointId, new Date('2026-11-22T02:00:00Z'));
  const [advisor, dispatcher, admin] = [await h.login('advisor'), await h.login('workshop'), await h.login('admin')];
  const staff = await h.db.select({ id: employees.id, name: employees.name }).from(employees);
  const employeeId = (name: string) => staff.find((e) => e.name === name)!.id;
  const vehicles: { id: string; mileageKm: number }[] = (await advisor.get('/api/customers?pageSize=100')).body.items.flatMap((c: { vehicles: unknown[] }) => c.vehicles);
  const opIds = new Map<string, string>();
  const logins = new Map<string, Session & { employeeId: string }>();
  let nextVehicle = 0;

  async function technician(name: string) {
    if (!logins.has(name)) {
      const username = `t${logins.size + 1}-${employeeId(name).slice(0, 8)}`;
      const res = await admin.call('POST', '/api/users', { body: { username, displayName: name, password: TECH_PASSWORD, servicePointId: pointId, employeeId: employeeId(name) } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      logins.set(name, { ...(await h.login(username, TECH_PASSWORD)), employeeId: employeeId(name) });
    }
    return logins.get(name)!;
  }
  async function op(code: string) {
    if (!opIds.has(code)) opIds.set(code, (await advisor.get(`/api/labor-operations?q=${code}`)).body.items[0].id);
    return opIds.get(code)!;
  }
  /** Received, priced, signed and confirmed; its jobs as on the board (unassigned). */
  async function confirmedOrder(o: { ops: string[]; category?: string; promisedAt?: string }) {
    const v = vehicles[nextVehicle++];
    let w = (await advisor.call<WorkOrder>('POST', '/api/work-orders', { body: { type: 'repair', vehicleId: v.id, mileageIn: v.mileageKm + 100, concerns: '车辆维修', repairCategory: o.category ?? 'minor' } })).body;
    const lines = [];
    for (const code of o.ops) lines.push({ kind: 'labor', laborOperationId: await op(code) });
    w = (await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: w.version, lines } })).body;
    if (o.promisedAt) w = (await advisor.call<WorkOrder>('PATCH', `/api/work-orders/${w.id}`, { body: { version: w.version, promisedAt: o.promisedAt } })).body;
    w = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: SIG } })).body;
    const confirmed = await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action: 'confirm', reason: '' } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    return { order: confirmed.body, jobs: await jobsOf(confirmed.body.id) };
  }
  async function board(query = ''): Promise<Board> {
    const res = await dispatcher.get<Board>(`/api/workshop/board${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  /** Every job of a work order on today's board (lanes and unassigned). */
  async function jobsOf(workOrderId: string): Promise<JobCard[]> {
    const b = await board();
    return [...b.unassigned, ...b.lanes.flatMap((l) => l.technicians.flatMap((t) => t.jobs))].filter((j) => j.workOrderId === workOrderId);
  }
  const order = async (id: string) => (await advisor.get<WorkOrder>(`/api/work-orders/${id}`)).body;
  /** Responses are untyped: a JobCard on success, the error envelope otherwise. */
  const assign = (job: JobCard, name: string, who: Session = dispatcher) =>
    who.call('POST', `/api/workshop/jobs/${job.id}/assign`, { body: { version: job.version, technicianEmployeeId: employeeId(name) } });
  const jobAction = (who: Session, job: JobCard, action: 'start' | 'pause' | 'finish') => who.call('POST', `/api/workshop/jobs/${job.id}/${action}`, { body: { version: job.version } });

  return { pointId, advisor, dispatcher, admin, employeeId, technician, confirmedOrder, board, jobsOf, order, assign, jobAction };
}
export type WorkshopFixture = Awaited<ReturnType<typeof workshopFixture>>;
