import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { addDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { findUserByUsername } from '../auth/index.js';
import { findPoint } from '../service-points/index.js';
import type { TicketChannel, TicketKind } from '../../../domain/tickets/status.js';
import { createTicketService } from './tickets.service.js';
import { createImprovementService } from './improvement.service.js';
import { submitSurvey } from './surveys.js';
import { findSurveyOf } from './surveys.repo.js';
import { runDueJobs } from '../../jobs/queue.js';
import { createDeadlineHandler } from './ticket-escalation.js';
import { DEADLINE_QUEUE } from './ticket-support.js';

const SAMPLES: { kind: TicketKind; channel: TicketChannel; title: string; cause: string; text: string }[] = [
  { kind: 'complaint', channel: 'phone', title: '保养后仍有异响', cause: '维修质量', text: '上周做完保养,底盘异响依旧' },
  { kind: 'complaint', channel: 'walk-in', title: '等待交车时间过长', cause: '等待时间', text: '承诺 16:00 交车,18:30 才交' },
  { kind: 'complaint', channel: 'follow-up', title: '回访反映费用不合理', cause: '收费', text: '工时费比报价高' },
  { kind: 'fault', channel: 'phone', title: '仪表盘发动机故障灯亮', cause: '产品质量', text: '行驶中故障灯常亮' },
  { kind: 'consultation', channel: 'web', title: '咨询二级维护周期', cause: '咨询', text: '多少公里做一次' },
  { kind: 'complaint', channel: 'social', title: '服务顾问态度冷淡', cause: '服务态度', text: '微博反映接待不热情' },
  { kind: 'complaint', channel: 'email', title: '漆面修复后有色差', cause: '维修质量', text: '右前门补漆颜色不一致' },
  { kind: 'fault', channel: 'chat', title: '刹车有异响', cause: '维修质量', text: '更换刹车片后刹车异响' },
  { kind: 'suggestion', channel: 'web', title: '希望延长周末营业时间', cause: '营业时间', text: '周日也能保养就好了' },
  { kind: 'complaint', channel: 'phone', title: '配件等待一周未到', cause: '配件供应', text: '说好三天到货' },
];
const NAMES = ['李先生', '王女士', '张先生', '刘女士', '陈先生', '杨女士', '赵先生', '黄女士', '周先生', '吴女士', '徐先生', '孙女士'];

/**
 * A few weeks of complaint history for the demo station, made through the real services with a
 * moving clock: open, escalated, resolved and surveyed tickets, and improvement actions.
 */
export async function seedDemoTickets(db: Db, orgPointId: string, today: Date) {
  let clock = new Date(today.getTime() - 28 * 86400_000);
  const now = () => new Date(clock);
  const tickets = createTicketService({ db, now });
  const improvement = createImprovementService({ db, now });
  const point = (await findPoint(db, orgPointId))!;
  const admin = (await findUserByUsername(db, 'admin'))!;
  const actor: Actor = {
    userId: admin.id,
    username: 'admin',
    displayName: '系统管理员',
    servicePointId: point.id,
    pointPath: point.path,
    isSuperuser: true,
    employeeId: null,
    permissions: new Set(),
    limits: {
      discountPct: 100,
      goodwillFen: 1e9,
      compensationFen: 1e9,
      insuranceWriteOffFen: 1e9,
      purchaseFen: 1e9,
      claimApproveFen: 1e9,
      subsidyApproveFen: 1e9,
      stockFen: 1e9,
    },
    positionTitles: [],
    locale: 'zh-CN',
    via: 'session',
  };
  const deadlines = { [DEADLINE_QUEUE]: createDeadlineHandler({ db, now }) };
  for (let i = 0; i < 36; i++) {
    const s = SAMPLES[i % SAMPLES.length];
    clock = new Date(today.getTime() - (27 - (i * 27) / 36) * 86400_000 + ((i * 7) % 9) * 3600_000);
    const t = await tickets.create(actor, {
      channel: s.channel,
      kind: s.kind,
      title: s.title,
      description: s.text,
      customerName: NAMES[i % NAMES.length],
      customerPhone: `139${String(10000000 + i * 7919).slice(0, 8)}`,
      customerEmail: '',
      isVip: i % 9 === 0,
      vehicleRef: `沪A${String(10000 + i * 37).slice(0, 5)}`,
      workOrderRef: '',
    });
    await tickets.update(actor, t.id, { version: t.version, causeCategory: s.cause });
    if (i >= 33) continue; // the newest stay open
    clock = new Date(clock.getTime() + (1 + (i % 4)) * 3600_000);
    await runDueJobs(db, 'demo', deadlines, now); // late ones escalate, as they would have
    let cur = await tickets.get(actor, t.id);
    cur = await tickets.act(actor, t.id, { version: cur.version, action: 'respond', note: '已联系客户,了解情况' });
    if (i % 11 === 5) continue; // in progress
    clock = new Date(clock.getTime() + (4 + (i % 30)) * 3600_000);
    cur = await tickets.act(actor, t.id, { version: cur.version, action: 'resolve', note: '已处理并向客户说明' });
    if (i % 7 === 3) continue; // waiting for the customer's confirmation
    clock = new Date(clock.getTime() + 20 * 3600_000);
    cur = await tickets.act(actor, t.id, { version: cur.version, action: 'confirm', note: '客户电话确认' });
    const survey = await findSurveyOf(db, 'ticket', t.id);
    if (survey && i % 3 !== 2) {
      const v = 3 + ((i * 5) % 3);
      await submitSurvey(db, survey.id, { speed: v, result: Math.max(1, v - (i % 2)), attitude: 5, overall: v }, '', now());
    }
  }
  clock = new Date(today);
  const actions = [
    { causeCategory: '维修质量', title: '底盘异响类返修专项培训', dueOn: -3 },
    { causeCategory: '等待时间', title: '交车前 1 小时主动告知进度', dueOn: 10 },
    { causeCategory: '配件供应', title: '常用配件安全库存复核', dueOn: 20 },
  ];
  for (const a of actions) {
    await improvement.create(actor, {
      servicePointId: point.id,
      causeCategory: a.causeCategory,
      title: a.title,
      description: '',
      ownerEmployeeId: null,
      dueOn: addDays(localDate(usableTimeZone(point.timeZone), today), a.dueOn),
    });
  }
}
