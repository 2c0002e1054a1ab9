/**
 * Demo data of technical support: fault cases of the demo station's models, the manufacturer's bulletins (at OEM-HQ
 * when the demo network exists), open difficult-case requests at the station, RC-EAST and OEM-HQ, and a quality
 * feedback record in progress. Written straight to the tables (the rules they obey are the services'; tokens are made
 * by the same function).
 */
import type { Db } from '../../db/client.js';
import { knowledgeArticles, qualityFeedback, techRequests } from '../../db/schema.js';
import { articleTokens } from '../../../domain/knowledge/tokens.js';
import { addWorkingTime } from '../../../domain/sla/index.js';
import { findPoint, findPointByCode } from '../service-points/index.js';
import { loadCalendar } from '../tickets/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { countTokens } from './knowledge.repo.js';

type Seed = [kind: 'fault_case' | 'bulletin' | 'manual', model: string, title: string, symptom: string, cause: string, fix: string, codes: string[]];
const SEEDS: Seed[] = [
  [
    'fault_case',
    '帕萨特',
    '帕萨特冷车启动正时链条异响',
    '冷车启动 2–3 秒发动机前部哗啦声',
    '正时链条张紧器泄压',
    '更换正时链条张紧器并检查链条伸长量',
    ['P0016'],
  ],
  ['fault_case', '帕萨特', '帕萨特 60km/h 以上底盘嗡嗡声', '车速 60km/h 以上底盘嗡嗡声,随车速升高', '右前轮毂轴承磨损', '更换右前轮毂轴承', []],
  ['fault_case', '帕萨特', '帕萨特怠速抖动故障灯亮', '怠速抖动,发动机故障灯亮', '第 2 缸点火线圈失效', '更换点火线圈,清除故障码', ['P0302']],
  ['fault_case', '帕萨特', '帕萨特空调出风口异味', '开空调时出风口有霉味', '蒸发箱潮湿滋生霉菌', '清洗蒸发箱并更换空调滤芯', []],
  ['fault_case', '帕萨特', '帕萨特 DSG 低速换挡顿挫', '1 挡升 2 挡顿挫明显', '双离合器自适应值偏差', '执行离合器基本设定并升级 TCU 软件', ['P17BF']],
  ['fault_case', '朗逸', '朗逸雨天车门漏水', '雨天左后门内饰板潮湿', '车门防水膜脱胶', '重新粘贴防水膜', []],
  ['fault_case', '朗逸', '朗逸方向盘低速异响', '原地打方向时咯噔声', '转向柱万向节缺油', '润滑转向柱万向节', []],
  ['fault_case', '朗逸', '朗逸油耗偏高', '油耗比平时高 20%', '节温器常开,水温偏低', '更换节温器', ['P0128']],
  ['fault_case', '朗逸', '朗逸制动时方向盘抖动', '中高速制动时方向盘抖动', '前制动盘端跳超差', '光盘或更换前制动盘', []],
  ['fault_case', '途观', '途观四驱故障灯亮', '仪表四驱故障灯亮', '四驱离合器油泵滤网堵塞', '清洗滤网,更换 Haldex 油', ['C0561']],
  ['fault_case', '途观', '途观天窗漏水', '雨后车顶内衬潮湿', '天窗排水管堵塞', '疏通天窗排水管', []],
  ['fault_case', '途观', '途观涡轮增压器啸叫', '加速时涡轮尖锐啸叫', '增压器轴承间隙过大', '更换涡轮增压器', ['P0299']],
  ['fault_case', '途观', '途观电子手刹无法释放', '电子手刹释放失败报警', '手刹电机卡滞', '更换后制动卡钳电机', ['C10C5']],
  ['fault_case', 'ID.4', 'ID.4 充电中断', '直流快充 10 分钟后中断', '充电口温度传感器误报', '更换充电口总成', ['P33E7']],
  ['fault_case', 'ID.4', 'ID.4 低速行人提示音异常', '低速行驶无提示音', '声学车辆警报系统扬声器损坏', '更换扬声器', ['U1113']],
  ['fault_case', 'ID.4', 'ID.4 空调不制热', '冬季热泵不制热', '热泵膨胀阀卡滞', '更换电子膨胀阀', ['B10AB']],
  ['fault_case', 'ID.3', 'ID.3 12V 蓄电池亏电', '停放两天无法上电', 'DC/DC 转换器休眠异常', '升级软件并更换 12V 蓄电池', ['P0A94']],
  ['fault_case', 'ID.3', 'ID.3 车机黑屏', '行驶中中控屏黑屏', '车机软件缺陷', '在线升级车机软件', ['U1121']],
  ['fault_case', '途岳', '途岳后备箱无法电动开启', '按键后备箱无反应', '后备箱锁电机卡滞', '更换后备箱锁块', []],
  ['fault_case', '途岳', '途岳胎压报警误报', '胎压正常仍报警', '胎压传感器电池耗尽', '更换胎压传感器并匹配', ['C1A60']],
  ['fault_case', '凌渡', '凌渡发动机漏油', '油底壳附近油迹', '油底壳密封胶老化', '重新涂胶密封油底壳', []],
  ['fault_case', '凌渡', '凌渡大灯起雾', '雨后大灯内部起雾', '大灯透气孔堵塞', '疏通透气孔并烘干', []],
  ['fault_case', '', '倒车影像无显示', '挂倒挡后屏幕黑屏', '倒车摄像头插头进水', '清洁插头并做防水处理', ['U0212']],
  ['fault_case', '', '蓄电池亏电通用排查', '停放后无法启动', '用电器休眠异常', '测量休眠电流,逐路排查', []],
  [
    'bulletin',
    '帕萨特',
    '技术通报:帕萨特 2022 款正时链条张紧器升级',
    '冷车启动链条异响',
    '张紧器设计余量不足',
    '按批次更换新款张紧器(零件号后缀 D)',
    ['P0016'],
  ],
  ['bulletin', '途观', '技术通报:途观 L 四驱油泵滤网清洗周期', '四驱故障灯', '滤网易堵', '每 6 万公里清洗滤网', ['C0561']],
  ['bulletin', 'ID.4', '技术通报:ID.4 充电口温度传感器软件升级', '快充中断', '温度阈值过低', '升级充电管理软件至 0450', ['P33E7']],
  ['bulletin', '', '技术通报:冬季蓄电池检查', '低温启动困难', '蓄电池老化', '入冬检查蓄电池健康度', []],
  ['manual', '帕萨特', '维修手册:帕萨特 EA888 正时链条拆装', '', '', '按手册 15-3 节拆装,使用专用工具 T10352', []],
  ['manual', '朗逸', '维修手册:朗逸制动盘端跳测量', '', '', '百分表测量,端跳不得超过 0.05 mm', []],
];

export async function seedDemoKnowledge(db: Db, pointId: string, now: Date) {
  const station = await findPoint(db, pointId);
  if (!station) return;
  const hq = (await findPointByCode(db, 'OEM-HQ')) ?? station;
  const region = (await findPointByCode(db, 'RC-EAST')) ?? station;
  const day = 86_400_000;
  const published = new Map<string, { id: string; publishedAt: Date | null }>();
  for (const [i, [kind, model, title, symptom, cause, fix, codes]] of SEEDS.entries()) {
    const at = kind === 'fault_case' ? station : hq;
    const publishedAt = new Date(now.getTime() - (i * 11 + 3) * day);
    const a = {
      title,
      symptom,
      cause,
      fix,
      body: '',
      parts: '',
      laborOperation: '',
      faultCodes: codes,
      models: model ? [model] : [],
      symptoms: [],
      brands: [],
      products: [],
    };
    const [row] = await db
      .insert(knowledgeArticles)
      .values({
        ...a,
        servicePointId: at.id,
        pointPath: at.path,
        number: await nextDocumentNumber(db, at, 'knowledgeArticle', publishedAt),
        kind,
        status: i === 3 ? 'review' : 'published',
        tokens: articleTokens({ texts: [title, symptom, cause, fix], terms: [...codes, ...a.models] }),
        authorName: kind === 'fault_case' ? '徐振宇' : '技术支援科',
        reviewerName: i === 3 ? null : kind === 'fault_case' ? '徐振宇' : '技术支援科',
        publishedAt: i === 3 ? null : publishedAt,
        solvedCount: (i * 7) % 9,
        unhelpfulCount: (i * 3) % 4,
      })
      .returning({ id: knowledgeArticles.id, publishedAt: knowledgeArticles.publishedAt, tokens: knowledgeArticles.tokens });
    await countTokens(db, row.tokens, []);
    published.set(title, row);
  }
  // Open difficult-case requests at three levels.
  const open: [string, string, typeof station, number][] = [
    ['迈腾行驶中仪表偶发全部熄灭', '高速行驶时仪表偶发熄灭 2 秒后恢复,无故障码', station, 0],
    ['途观 L 低速蠕行异响', '堵车蠕行时变速箱处咔哒声,已更换悬置无效', region, 1],
    ['ID.4 高压绝缘故障偶发', '雨天偶发高压绝缘报警,无法复现', hq, 2],
  ];
  for (const [i, [title, symptom, at, level]] of open.entries()) {
    const raisedAt = new Date(now.getTime() - (level + 1) * 3 * 3600_000);
    const dueAt = addWorkingTime(await loadCalendar(db, at), now, 240 * (level + 1));
    const history = [{ level: 0, pointId: station.id, pointName: station.nameZh, at: raisedAt.toISOString(), kind: 'raised', reason: '', byName: '王师傅' }];
    if (level >= 1)
      history.push({
        level: 1,
        pointId: region.id,
        pointName: region.nameZh,
        at: raisedAt.toISOString(),
        kind: 'manual',
        reason: '本站无法判断',
        byName: '徐振宇',
      });
    if (level >= 2)
      history.push({ level: 2, pointId: hq.id, pointName: hq.nameZh, at: raisedAt.toISOString(), kind: 'manual', reason: '需主机厂分析', byName: '吴振宇' });
    await db.insert(techRequests).values({
      servicePointId: station.id,
      number: await nextDocumentNumber(db, station, 'techRequest', raisedAt),
      title,
      symptom,
      readings: i === 2 ? '绝缘电阻 480 kΩ(雨后)' : '',
      tried: i === 1 ? '更换变速箱悬置' : '',
      status: 'open',
      level,
      handlingPointId: at.id,
      dueAt,
      history,
      raisedByUserId: '00000000-0000-0000-0000-000000000000',
      raisedByName: '王师傅',
      raisedAt,
    });
  }
  // A quality feedback in progress at HQ.
  await db.insert(qualityFeedback).values({
    servicePointId: hq.id,
    number: await nextDocumentNumber(db, hq, 'qualityFeedback', now),
    title: '帕萨特 2022 款冷车正时链条异响集中反馈',
    description: '华东区近三个月多家服务站反馈冷车启动链条异响,集中在 2022 年 3–5 月生产批次',
    model: '帕萨特',
    productionMonth: '2022-04',
    part: '正时链条张紧器',
    faultCode: 'P0016',
    status: 'in_progress',
    ownerName: '沈佳怡',
    actions: [{ at: new Date(now.getTime() - 20 * day).toISOString(), byName: '沈佳怡', text: '汇总 12 例维修记录,送检 3 个张紧器' }],
    firstReportedAt: new Date(now.getTime() - 60 * day),
  });
  // And one closed: the ID.4 charging fault, fixed by the manufacturer's software bulletin (time to fix measured).
  const fix = published.get('技术通报:ID.4 充电口温度传感器软件升级');
  if (fix?.publishedAt)
    await db.insert(qualityFeedback).values({
      servicePointId: hq.id,
      number: await nextDocumentNumber(db, hq, 'qualityFeedback', now),
      title: 'ID.4 直流快充中断',
      description: '多地反馈快充 10 分钟后中断,充电口温度传感器误报',
      model: 'ID.4',
      part: '充电口总成',
      faultCode: 'P33E7',
      status: 'closed',
      ownerName: '沈佳怡',
      actions: [{ at: new Date(fix.publishedAt.getTime() - 10 * day).toISOString(), byName: '沈佳怡', text: '与电池供应商联合分析,确认温度阈值过低' }],
      articleId: fix.id,
      firstReportedAt: new Date(fix.publishedAt.getTime() - 38 * day),
      fixPublishedAt: fix.publishedAt,
      closedAt: new Date(fix.publishedAt.getTime() + 5 * day),
      closingNote: '软件升级通报已发布,跟踪一个月无新增',
    });
}
