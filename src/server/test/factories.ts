/**
 * Test factories, like outline/outline server/test/factories.ts: each builds one thing through the real API (so
 * the services' rules and invariants hold), creates the parents it needs when they are not given, and takes
 * overrides. One set per harness: `const f = createFactories(h)`.
 */
import { employees } from '../db/schema.js';
import { vinCheckDigit } from '../../domain/identifiers/index.js';
import type { WorkOrderAction, WorkOrderStatus, WorkOrderType } from '../../domain/work-orders/status.js';
import type { Customer, CustomerCreate, Vehicle, VehicleCreate } from '../../contracts/customers.js';
import type { WorkOrder } from '../../contracts/work-orders.js';
import type { LaborOperation, LaborOperationCreate, Part, PartCreate } from '../../contracts/catalogs.js';
import type { Location, PickingList, StockChangeResult } from '../../contracts/parts.js';
import type { Employee, EmployeeCreate, Position, PositionCreate, ServicePoint } from '../../contracts/org.js';
import type { TicketDetail, TicketIntake } from '../../contracts/tickets.js';
import type { Appointment } from '../../contracts/appointments.js';
import type { User } from '../../contracts/users.js';
import type { Board, JobCard } from '../../contracts/workshop.js';
import type { ExtraWork } from '../../contracts/extra-work.js';
import type { MemberCard, MemberLevel, MemberLevelCreate, ServicePackage, ServicePackageCreate } from '../../contracts/members.js';
import type { Harness, Res } from './harness.js';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../../domain/time/index.js';

/** A valid customer signature (a 1×1 PNG). */
export const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
export type Session = Awaited<ReturnType<Harness['login']>>;

/** A VIN from 16 characters: the check digit (position 9) is computed and inserted. */
export const vin = (base16: string) => `${base16.slice(0, 8)}${vinCheckDigit(`${base16.slice(0, 8)}0${base16.slice(8)}`)}${base16.slice(8)}`;

/** The body of a 2xx response; anything else fails the test with the error envelope in the message. */
export function ok<T>(res: Res<T>, what: string): T {
  if (res.status >= 300) throw new Error(`factory ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const FACTORY_PASSWORD = 'factory-pass-1';
/** The order of the repair flow in the workshop: the actions that take a draft to each status (then settle, deliver, close). */
const FLOW: WorkOrderAction[] = ['confirm', 'start', 'finish', 'qc_pass'];
const FLOW_TO: Partial<Record<WorkOrderStatus, number>> = { draft: 0, confirmed: 1, in_progress: 2, qc: 3, ready: 4, delivered: 4, settled: 4, closed: 4 };

type LineInput = {
  kind: 'labor' | 'parts';
  laborOperationId?: string;
  partId?: string;
  hours?: number;
  qty?: number;
  payer?: string;
  discountPct?: number;
  packageId?: string;
};
export interface WorkOrderOptions {
  /**
   * Default 'draft'; 'cancelled' is reached from draft; 'waiting_parts' needs a part short of stock (待料 is automatic).
   * Past in_progress the keeper issues every reserved part (the parts gate); a customer's order is settled (paid in
   * cash) before 'delivered' (release control).
   */
  status?: WorkOrderStatus;
  /** Who receives the car and moves the order (default: the demo service advisor). */
  as?: Session;
  vehicle?: { id: string; mileageKm: number };
  customer?: { id: string };
  type?: WorkOrderType;
  mileageIn?: number;
  concerns?: string;
  repairCategory?: string;
  fuelLevelPct?: number | null;
  preCheck?: Record<string, unknown>;
  /** The lines as sent to PUT /lines; else `ops` (labor catalog codes) then `parts`; else one labor line past draft. */
  lines?: LineInput[];
  ops?: string[];
  parts?: { partId: string; qty?: number }[];
  promisedAt?: string;
  /** Opened from this appointment (booking → reception). */
  appointmentId?: string;
  /** A draft the customer has signed (ready to confirm); every status past draft is signed. */
  signed?: boolean;
}

export function createFactories(h: Harness) {
  let n = 0;
  const seq = () => ++n;
  const pad = (i: number, width: number) => String(i).padStart(width, '0');
  const sessions = new Map<string, Promise<Session>>();
  /** The session of a seeded account (admin, advisor, keeper, workshop…), logged in once per factory set. */
  const login = (username: string) => {
    if (!sessions.has(username)) sessions.set(username, h.login(username));
    return sessions.get(username)!;
  };
  const lazy = <T>(make: () => Promise<T>) => {
    let p: Promise<T> | null = null;
    return () => (p ??= make());
  };

  // ---- organisation ------------------------------------------------------------------------------------------
  async function servicePoint(o: Partial<Omit<ServicePoint, 'id' | 'version' | 'depth'>> = {}): Promise<ServicePoint> {
    const i = seq();
    const body = { parentId: h.installed.orgPointId, kind: 'franchise', code: `F-SP${pad(i, 4)}`, nameZh: `测试网点 ${i}`, ...o };
    return ok(await (await login('admin')).call('POST', '/api/service-points', { body }), 'servicePoint');
  }
  /** A position; by default under the top position of its point (or the top itself in a point without one). */
  async function position(o: Partial<PositionCreate> = {}): Promise<Position> {
    const admin = await login('admin');
    const servicePointId = o.servicePointId ?? h.installed.orgPointId;
    const superiorId =
      'superiorId' in o
        ? o.superiorId
        : (((await admin.get(`/api/positions?servicePointId=${servicePointId}`)).body.items as Position[]).find((p) => p.superiorId === null)?.id ?? null);
    return ok(await admin.call('POST', '/api/positions', { body: { titleZh: `测试岗位 ${seq()}`, ...o, servicePointId, superiorId } }), 'position');
  }
  async function employee(o: Partial<EmployeeCreate> = {}): Promise<Employee> {
    const i = seq();
    const body = { name: `测试员工${i}`, phone: `1360000${pad(i, 4)}`, ...o };
    return ok(await (await login('admin')).call('POST', '/api/employees', { body }), 'employee');
  }
  const technicianPosition = lazy(() => position({ titleZh: '测试技师', permissions: ['workshop.work'] }));
  /** An employee who may take workshop jobs: a trade, a valid qualification certificate, a position with workshop.work. */
  async function technician(o: Partial<EmployeeCreate> = {}): Promise<Employee> {
    return employee({
      trade: 'mechanical',
      skillGrade: 'mid',
      certifications: [{ name: '机动车维修技术人员从业资格证', number: '', expiresOn: null }],
      assignments: [{ positionId: (await technicianPosition()).id, teamId: null, isPrimary: true }],
      ...o,
    });
  }
  /** A user account (of the station unless servicePointId is given), with its password. */
  async function user(
    o: { username?: string; displayName?: string; password?: string; servicePointId?: string; employeeId?: string | null; isSuperuser?: boolean } = {},
  ) {
    const i = seq();
    const body = { username: `user${i}`, displayName: `测试用户${i}`, password: FACTORY_PASSWORD, ...o };
    const created = ok<User>(await (await login('admin')).call('POST', '/api/users', { body }), 'user');
    return { ...created, password: body.password };
  }
  /** A new user account, logged in. */
  async function session(o: Parameters<typeof user>[0] = {}) {
    const u = await user(o);
    return { ...(await h.login(u.username, u.password)), userId: u.id };
  }
  const staff = lazy(() => h.db.select({ id: employees.id, name: employees.name }).from(employees));
  /** The id of a seeded (template demo) employee by name. */
  async function employeeIdOf(name: string) {
    const e = (await staff()).find((x) => x.name === name);
    if (!e) throw new Error(`factory employeeIdOf: no employee named ${name}`);
    return e.id;
  }
  const employeeSessions = new Map<string, Promise<Session & { employeeId: string }>>();
  /**
   * The login of an employee (one made by a factory, or a seeded one by name): a user account linked to them,
   * named as they are, made on first use.
   */
  async function sessionOf(who: { id: string } | string) {
    const employeeId = typeof who === 'string' ? await employeeIdOf(who) : who.id;
    if (!employeeSessions.has(employeeId)) {
      employeeSessions.set(
        employeeId,
        (async () => {
          const e = ok<Employee>(await (await login('admin')).get(`/api/employees/${employeeId}`), 'sessionOf');
          const s = await session({ username: `t${seq()}-${employeeId.slice(0, 8)}`, displayName: e.name, servicePointId: e.servicePointId, employeeId });
          return { ...s, employeeId };
        })(),
      );
    }
    return employeeSessions.get(employeeId)!;
  }

  // ---- customers and vehicles -------------------------------------------------------------------------------
  async function customer(o: Partial<CustomerCreate> & { as?: Session } = {}): Promise<Customer> {
    const { as, ...rest } = o;
    const i = seq();
    const body = { kind: 'person', name: `测试客户${i}`, phone: `1390000${pad(i, 4)}`, ...rest };
    return ok(await (as ?? (await login('advisor'))).call('POST', '/api/customers', { body }), 'customer');
  }
  async function vehicle(o: Partial<VehicleCreate> & { as?: Session } = {}): Promise<Vehicle> {
    const { as, ...rest } = o;
    const i = seq();
    const customerId = rest.customerId ?? (await customer({ as })).id;
    const body = {
      vin: vin(`LZWADAGA${pad(i, 8)}`),
      plate: `苏E${pad(i, 5)}`,
      brand: '上汽大众',
      model: '朗逸',
      modelFamily: '朗逸',
      mileageKm: 20_000,
      // Sold this year: inside 包修期 and 三包有效期 on the harness's clock, so warranty lines are allowed (w1's lineGuard).
      invoicedOn: '2026-01-10',
      ...rest,
      customerId,
    };
    return ok(await (as ?? (await login('advisor'))).call('POST', '/api/vehicles', { body }), 'vehicle');
  }

  // ---- catalogs and stock -----------------------------------------------------------------------------------
  /** A labor rate for a trade and grade (the grade work orders are priced at, 'mid', by default) unless one is set. */
  async function laborRate(o: { trade?: string; skillGrade?: string; rateFen?: number } = {}) {
    const admin = await login('admin');
    const want = { trade: 'mechanical', skillGrade: 'mid', rateFen: 15_000, ...o };
    const rates = (await admin.get('/api/labor-rates')).body.items as { trade: string; skillGrade: string; rateFen: number; version: number }[];
    const found = rates.find((r) => r.trade === want.trade && r.skillGrade === want.skillGrade);
    return found ?? ok(await admin.call('PUT', '/api/labor-rates', { body: { ...want, version: 0 } }), 'laborRate');
  }
  /** A labor operation in the catalog, with a rate for its trade so that lines can be priced. */
  async function laborOperation(o: Partial<LaborOperationCreate> = {}): Promise<LaborOperation> {
    const i = seq();
    const body = { code: `F-OP${pad(i, 4)}`, name: `测试工时 ${i}`, trade: 'mechanical', category: 'minor', defaultHours: 1, ...o };
    await laborRate({ trade: body.trade });
    return ok(await (await login('admin')).call('POST', '/api/labor-operations', { body }), 'laborOperation');
  }
  const catalogOps = new Map<string, Promise<LaborOperation>>();
  /** A labor operation already in the catalog (the demo catalog's codes), by its code. */
  function laborOperationByCode(code: string) {
    if (!catalogOps.has(code)) {
      catalogOps.set(
        code,
        (async () => {
          const items = (await (await login('advisor')).get(`/api/labor-operations?q=${encodeURIComponent(code)}`)).body.items as LaborOperation[];
          const op = items.find((x) => x.code === code);
          if (!op) throw new Error(`factory laborOperationByCode: no operation ${code}`);
          return op;
        })(),
      );
    }
    return catalogOps.get(code)!;
  }
  /** A part in the catalog (named 测试件 <partNo>, retail twice the cost) and, with `stock`, received into a location. */
  async function part(o: Partial<PartCreate> & { stock?: { qty: number; unitCostFen?: number; locationId?: string } } = {}): Promise<Part> {
    const { stock, ...rest } = o;
    const partNo = rest.partNo ?? `F-P${pad(seq(), 4)}`;
    const costPriceFen = rest.costPriceFen ?? 1000;
    const body = { name: `测试件 ${partNo}`, retailPriceFen: costPriceFen * 2, ...rest, partNo, costPriceFen };
    const created = ok<Part>(await (await login('admin')).call('POST', '/api/parts', { body }), 'part');
    if (stock) await receipt({ partId: created.id, locationId: stock.locationId, qty: stock.qty, unitCostFen: stock.unitCostFen ?? costPriceFen });
    return created;
  }
  /** A warehouse location (库位), made by the demo warehouse keeper. */
  async function location(o: { code?: string; name?: string; servicePointId?: string; as?: Session } = {}): Promise<Location> {
    const { as, ...rest } = o;
    const body = { code: `F-L${pad(seq(), 4)}`, name: '', ...rest };
    return ok(await (as ?? (await login('keeper'))).call('POST', '/api/warehouse-locations', { body }), 'location');
  }
  /** Stock received (入库) by the warehouse keeper: a new part and location unless given. */
  async function receipt(o: { partId?: string; locationId?: string; qty?: number; unitCostFen?: number } = {}): Promise<StockChangeResult> {
    const body = {
      partId: o.partId ?? (await part()).id,
      locationId: o.locationId ?? (await location()).id,
      qty: o.qty ?? 10,
      unitCostFen: o.unitCostFen ?? 1000,
    };
    return ok(await (await login('keeper')).call('POST', '/api/stock/receipts', { body }), 'receipt');
  }

  // ---- work orders --------------------------------------------------------------------------------------------
  const defaultLaborOperation = lazy(() => laborOperation());
  /** A status action on a work order; the raw response (tests assert refusals too). */
  async function act(w: Pick<WorkOrder, 'id' | 'version'>, action: WorkOrderAction | (string & {}), reason = '', as?: Session): Promise<Res> {
    return (as ?? (await login('advisor'))).call('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action, reason } });
  }
  /**
   * A work order received for a vehicle (a new one unless given), priced, signed and moved through the repair
   * flow to `status` by the same calls the front desk makes; 'settled' is paid in cash at the counter.
   */
  async function workOrder(o: WorkOrderOptions = {}): Promise<WorkOrder> {
    const status = o.status ?? 'draft';
    const path = status === 'waiting_parts' ? FLOW.slice(0, 2) : FLOW.slice(0, FLOW_TO[status] ?? 0);
    if (FLOW_TO[status] === undefined && status !== 'waiting_parts' && status !== 'cancelled') throw new Error(`factory workOrder: status ${status}`);
    const as = o.as ?? (await login('advisor'));
    const v = o.vehicle ?? (await vehicle({ customerId: o.customer?.id }));
    const create = {
      type: o.type ?? 'repair',
      vehicleId: v.id,
      mileageIn: o.mileageIn ?? v.mileageKm + 100,
      concerns: o.concerns ?? '车辆维修',
      ...(o.repairCategory && { repairCategory: o.repairCategory }),
      ...(o.fuelLevelPct !== undefined && { fuelLevelPct: o.fuelLevelPct }),
      ...(o.preCheck && { preCheck: o.preCheck }),
      ...(o.appointmentId && { appointmentId: o.appointmentId }),
    };
    let w = ok(await as.call<WorkOrder>('POST', '/api/work-orders', { body: create }), 'workOrder');
    const signed = o.signed ?? path.length > 0;
    let lines: LineInput[] = o.lines ?? [
      ...(await Promise.all((o.ops ?? []).map(async (code) => ({ kind: 'labor' as const, laborOperationId: (await laborOperationByCode(code)).id })))),
      ...(o.parts ?? []).map((p) => ({ kind: 'parts' as const, ...p })),
    ];
    if (!lines.length && signed) lines = [{ kind: 'labor', laborOperationId: (await defaultLaborOperation()).id }];
    // 待料 is automatic: a part with no stock makes the backorder that moves the started order to waiting_parts.
    if (status === 'waiting_parts' && !o.lines && !o.parts?.length) lines.push({ kind: 'parts', partId: (await part()).id, qty: 1 });
    if (lines.length) w = ok(await as.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: w.version, lines } }), 'workOrder lines');
    if (o.promisedAt)
      w = ok(await as.call<WorkOrder>('PATCH', `/api/work-orders/${w.id}`, { body: { version: w.version, promisedAt: o.promisedAt } }), 'workOrder promisedAt');
    if (signed)
      w = ok(
        await as.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: SIGNATURE } }),
        'workOrder signature',
      );
    if (status === 'cancelled') return ok(await act(w, 'cancel', '客户取消', as), 'workOrder cancel');
    for (const a of path) {
      if (a === 'finish' && w.lines.some((l) => l.kind === 'parts')) {
        await issueAll(w.id);
        w = ok(await as.get<WorkOrder>(`/api/work-orders/${w.id}`), 'workOrder');
      }
      w = ok(await act(w, a, '', as), `workOrder ${a}`);
    }
    const past = ['settled', 'delivered', 'closed'].includes(status);
    if (past && w.type !== 'internal') w = await settle(w);
    if (past && status !== 'settled') w = ok(await act(w, 'deliver', '', as), 'workOrder deliver');
    if (status === 'closed') w = ok(await act(w, 'close', '', as), 'workOrder close');
    return w;
  }
  /** The parts gate as the warehouse passes it: what is short is received (filling the backorder), then everything reserved is issued. */
  async function issueAll(workOrderId: string) {
    const keeper = await login('keeper');
    const list = ok(await keeper.get<PickingList>(`/api/work-orders/${workOrderId}/picking-list`), 'picking list');
    for (const l of list.lines.filter((x) => x.short > 0)) await receipt({ partId: l.partId, qty: l.short });
    if (list.lines.some((l) => l.toPick > 0 || l.short > 0))
      ok(await keeper.call('POST', `/api/work-orders/${workOrderId}/pick`, { body: {} }), 'workOrder pick');
  }
  /** Settle a ready order at the counter: the bill as issued, paid in cash by the admin. */
  async function settle(w: Pick<WorkOrder, 'id'>): Promise<WorkOrder> {
    const as = await login('advisor');
    const s = ok(await as.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} }), 'workOrder settlement');
    const payments = s.payableFen ? [{ method: 'cash', amountFen: s.payableFen }] : [];
    ok(await (await login('admin')).call('POST', `/api/settlements/${s.id}/payment`, { body: { version: s.version, payments } }), 'workOrder payment');
    return ok(await as.get<WorkOrder>(`/api/work-orders/${w.id}`), 'workOrder');
  }
  // ---- packages and member cards ----------------------------------------------------------------------------
  /** A service package (保养套餐) for 朗逸 of one labor operation and one part unless items are given. */
  async function servicePackage(o: Partial<ServicePackageCreate> = {}): Promise<ServicePackage> {
    const i = seq();
    const items = o.items ?? [
      { kind: 'labor' as const, laborOperationId: (await laborOperation()).id, qty: 1 },
      { kind: 'parts' as const, partId: (await part()).id, qty: 1 },
    ];
    const body = { code: `TC-${pad(i, 4)}`, name: `测试套餐${i}`, modelFamily: '朗逸', priceFen: 10_000, ...o, items };
    return ok(await (await login('admin')).call('POST', '/api/service-packages', { body }), 'servicePackage');
  }
  /** A member level (default: 10 % off labor, 5 % off parts). */
  async function memberLevel(o: Partial<MemberLevelCreate> = {}): Promise<MemberLevel> {
    const body = { name: `测试等级${seq()}`, laborDiscountPct: 10, partsDiscountPct: 5, ...o };
    return ok(await (await login('admin')).call('POST', '/api/member-levels', { body }), 'memberLevel');
  }
  /** A member card of a (new) customer, topped up by `topUpFen` (cash) when given. */
  async function memberCard(o: { customer?: { id: string }; levelId?: string; topUpFen?: number } = {}): Promise<MemberCard> {
    const admin = await login('admin');
    const body = { customerId: o.customer?.id ?? (await customer()).id, levelId: o.levelId ?? (await memberLevel()).id };
    const card = ok<MemberCard>(await admin.call('POST', '/api/member-cards', { body }), 'memberCard');
    if (!o.topUpFen) return card;
    return ok(await admin.call('POST', `/api/member-cards/${card.id}/top-up`, { body: { amountFen: o.topUpFen, method: 'cash' } }), 'memberCard top-up');
  }
  /** A work order (confirmed unless told otherwise) with its workshop jobs, one per labor line, as on the board. */
  async function jobs(o: WorkOrderOptions = {}) {
    const order = await workOrder({ status: 'confirmed', ...o });
    return { order, jobs: await jobsOf(order.id) };
  }
  /** A work order as it is now. */
  const reload = async (id: string) => ok(await (await login('advisor')).get<WorkOrder>(`/api/work-orders/${id}`), 'reload');
  /** Assign a job to a technician (a seeded employee's name, or an employee); the raw response. */
  async function assignJob(job: Pick<JobCard, 'id' | 'version'>, technician: { id: string } | string, as?: Session): Promise<Res> {
    const technicianEmployeeId = typeof technician === 'string' ? await employeeIdOf(technician) : technician.id;
    return (as ?? (await login('workshop'))).call('POST', `/api/workshop/jobs/${job.id}/assign`, { body: { version: job.version, technicianEmployeeId } });
  }
  /** A technician's clock on a job (a pause says 下班 unless `extra` gives the reason); the raw response. */
  const jobAction = (
    as: Session,
    job: Pick<JobCard, 'id' | 'version'>,
    action: 'start' | 'pause' | 'finish',
    extra: Record<string, unknown> = {},
  ): Promise<Res> =>
    as.call('POST', `/api/workshop/jobs/${job.id}/${action}`, {
      body: { version: job.version, ...(action === 'pause' ? { reason: 'end_of_shift' } : {}), ...extra },
    });
  /** Today's workshop board as the demo dispatcher (车间主管) sees it. */
  async function board(query = ''): Promise<Board> {
    return ok(await (await login('workshop')).get<Board>(`/api/workshop/board${query}`), 'board');
  }
  /** Every job of a work order on today's board (lanes and unassigned). */
  async function jobsOf(workOrderId: string): Promise<JobCard[]> {
    const b = await board();
    return [...b.unassigned, ...b.lanes.flatMap((l) => l.technicians.flatMap((t) => t.jobs))].filter((j) => j.workOrderId === workOrderId);
  }

  // ---- tickets and appointments -----------------------------------------------------------------------------
  /** A customer ticket taken by the admin, assigned to `handlerEmployeeId` when given. */
  async function ticket(o: Partial<TicketIntake> & { handlerEmployeeId?: string; as?: Session } = {}): Promise<TicketDetail> {
    const { handlerEmployeeId, as, ...intake } = o;
    const by = as ?? (await login('admin'));
    const i = seq();
    const t = ok(
      await by.call<TicketDetail>('POST', '/api/tickets', {
        body: { channel: 'phone', kind: 'complaint', title: `测试投诉 ${i}`, customerName: `测试客户${i}`, ...intake },
      }),
      'ticket',
    );
    if (!handlerEmployeeId) return t;
    return ok(await by.call<TicketDetail>('POST', `/api/tickets/${t.id}/assign`, { body: { version: t.version, handlerEmployeeId } }), 'ticket assign');
  }
  /** An appointment for a vehicle (a new one unless given), by default tomorrow (Shanghai) at 10:00 for an hour. */
  async function appointment(
    o: {
      vehicleId?: string;
      channel?: string;
      advisorEmployeeId?: string | null;
      localDate?: string;
      slotStart?: string;
      estimatedMinutes?: number;
      concern?: string;
      laborOperationIds?: string[];
      overbook?: boolean;
      as?: Session;
    } = {},
  ) {
    const { as, ...rest } = o;
    const tomorrow = addDays(localDate(DEFAULT_TIME_ZONE, h.now()), 1); // the demo station's zone (the default)
    const body = {
      channel: 'phone',
      localDate: tomorrow,
      slotStart: '10:00',
      estimatedMinutes: 60,
      ...rest,
      vehicleId: rest.vehicleId ?? (await vehicle()).id,
    };
    return ok<Appointment>(await (as ?? (await login('advisor'))).call('POST', '/api/appointments', { body }), 'appointment');
  }

  // ---- 增项 ------------------------------------------------------------------------------------------------------
  /**
   * An 增项 reported by the demo technician on an order in progress (a new one unless given), with one photo;
   * `priced` prices the suggested labor line (and promises `promisedAt`), `sent` also sends the customer a link.
   */
  async function extraWork(
    o: {
      order?: { id: string };
      status?: 'reported' | 'priced' | 'sent';
      description?: string;
      laborOperationId?: string;
      parts?: { partId: string; qty: number }[];
      promisedAt?: string;
    } = {},
  ): Promise<ExtraWork> {
    const order = o.order ?? (await workOrder({ status: 'in_progress' }));
    const laborOperationId = o.laborOperationId ?? (await defaultLaborOperation()).id;
    const photo = { fileName: '刹车片.png', contentBase64: SIGNATURE };
    const body = { description: o.description ?? '前刹车片磨损到极限', laborOperationId, parts: o.parts ?? [], photos: [photo] };
    let r = ok<ExtraWork>(await (await login('tech')).call('POST', `/api/work-orders/${order.id}/extra-work`, { body }), 'extraWork report');
    if (o.status === 'priced' || o.status === 'sent') {
      const items = r.items.map((i) =>
        i.kind === 'labor' ? { kind: 'labor', laborOperationId: i.laborOperationId } : { kind: 'parts', partId: i.partId, qty: i.qty },
      );
      r = ok(
        await (await login('advisor')).call('PUT', `/api/extra-work/${r.id}/pricing`, { body: { version: r.version, items, promisedAt: o.promisedAt } }),
        'extraWork price',
      );
    }
    if (o.status === 'sent')
      r = ok(await (await login('advisor')).call('POST', `/api/extra-work/${r.id}/send`, { body: { version: r.version, channel: 'sms' } }), 'extraWork send');
    return r;
  }

  return {
    login,
    servicePoint,
    position,
    employee,
    technician,
    user,
    session,
    employeeIdOf,
    sessionOf,
    customer,
    vehicle,
    laborRate,
    laborOperation,
    laborOperationByCode,
    part,
    location,
    receipt,
    act,
    workOrder,
    settle,
    reload,
    jobs,
    board,
    jobsOf,
    assignJob,
    jobAction,
    ticket,
    appointment,
    extraWork,
    servicePackage,
    memberLevel,
    memberCard,
  };
}
export type Factories = ReturnType<typeof createFactories>;
