import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Db, Tx } from '../../db/client.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import { WORK_ORDER_TYPE_LABELS } from '../../../domain/work-orders/labels.js';
import { REPAIR_CATEGORY_LABELS, type RepairCategory } from '../../../domain/work-orders/guarantee.js';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import { yuan } from '../../lib/text.js';
import { DIAGRAM_VIEWBOX, DIAGRAM_ZONES, placeMarks } from '../../../domain/work-orders/car-diagram.js';

/** The loaner rows of the record, rendered by the loaners feature (handed in by main.ts: loaners reads work orders). */
export type LoanerUseSection = (q: Db | Tx, workOrderId: string, servicePointId: string, timeZone: string) => Promise<HtmlEscapedString | string>;

const PAYER = { customer: '客户', warranty: '三包索赔', insurance: '保险', internal: '内部' } as const;

/** The pre-check car diagram (top view, front up) with the numbered damage marks of the list beside it. */
function diagram(marks: { area: string }[]) {
  const zones = DIAGRAM_ZONES.map(
    (z) => html`<rect x="${z.x}" y="${z.y}" width="${z.w}" height="${z.h}" rx="3" fill="none" stroke="#888" stroke-width="0.6"/>`,
  );
  const dots = placeMarks(marks).map(({ n, at }) =>
    at
      ? html`<circle cx="${at.x}" cy="${at.y}" r="5" fill="#111"/><text x="${at.x}" y="${at.y + 2.5}" font-size="7" text-anchor="middle" fill="#fff">${n}</text>`
      : '',
  );
  return html`<svg class="car" viewBox="0 0 ${DIAGRAM_VIEWBOX.width} ${DIAGRAM_VIEWBOX.height}" role="img" aria-label="环车检查示意图"><rect x="18" y="4" width="84" height="232" rx="26" fill="none" stroke="#333" stroke-width="1.2"/>${zones}${dots}</svg>`;
}

/** The documents' one date-time format, in the point's zone ('—' when unset). */
const when = (isoText: string | null, tz: string) => formatLocalDateTime(usableTimeZone(tz), isoText);

/**
 * The A4 任务委托书 as printable HTML: every item of a repair record, with the customer's signature.
 * Built with hono's html`` template, which escapes every interpolated value.
 */
export function workOrderPrintHtml(
  o: WorkOrder,
  point: { nameZh: string; address: string; contactPhone: string; timeZone: string },
  signature: string | null,
  loaners: HtmlEscapedString | string = '',
) {
  const rows = o.lines.map(
    (l, i) => html`<tr><td>${i + 1}</td><td>${l.kind === 'labor' ? '工时' : '配件'}</td><td>${l.code}</td><td>${l.name}</td>
    <td class="n">${l.kind === 'labor' ? `${l.hours} h` : `${l.qty}`}</td><td class="n">${yuan(l.kind === 'labor' ? (l.rateFen ?? 0) : (l.unitPriceFen ?? 0))}</td>
    <td>${PAYER[l.payer]}</td><td class="n">${l.discountPct ? `${l.discountPct}%` : ''}</td><td class="n">${yuan(l.amountFen)}</td></tr>`,
  );
  const pc = o.preCheck;
  const sig =
    signature && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(signature)
      ? html`<img class="sig" src="${signature}" alt="客户签字">`
      : html`<span class="blank"></span>`;
  const damage = pc.damageMarks.map((d, i) => `${i + 1}. ${d.area}${d.kind}${d.note ? `(${d.note})` : ''}`).join('、');
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>任务委托书 ${o.number}</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 11pt; color: #111; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 2mm; letter-spacing: 4px; }
.sub { text-align: center; color: #555; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
td, th { border: 1px solid #333; padding: 1.5mm 2mm; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
.n { text-align: right; white-space: nowrap; }
.k { width: 18%; background: #fafafa; }
.sig { height: 18mm; }
.blank { display: inline-block; width: 45mm; border-bottom: 1px solid #333; height: 12mm; }
.foot { color: #555; font-size: 9pt; }
.car { float: right; width: 22mm; height: 44mm; margin-left: 3mm; }
</style></head><body>
<h1>任务委托书</h1>
<div class="sub">${point.nameZh} · ${point.address} · 服务电话 ${point.contactPhone} · 单号 ${o.number}</div>
<table>
<tr><td class="k">客户</td><td>${o.customerName} ${o.customerPhone}</td><td class="k">工单类型</td><td>${WORK_ORDER_TYPE_LABELS[o.type].zh} / ${REPAIR_CATEGORY_LABELS[o.repairCategory as RepairCategory]?.zh ?? o.repairCategory}</td></tr>
<tr><td class="k">车牌 / 车型</td><td>${o.plate} ${o.model}</td><td class="k">VIN</td><td>${o.vin}</td></tr>
<tr><td class="k">进厂时间</td><td>${when(o.receivedAt, point.timeZone)}</td><td class="k">进厂里程</td><td>${o.mileageIn} km · 油量 ${o.fuelLevelPct ?? '—'}%</td></tr>
<tr><td class="k">服务顾问</td><td>${o.advisorName ?? ''}</td><td class="k">预计完工</td><td>${when(o.promisedAt, point.timeZone)}</td></tr>
<tr><td class="k">客户描述</td><td colspan="3">${o.concerns}</td></tr>
<tr><td class="k">检查结果</td><td colspan="3">${o.diagnosis || '—'}</td></tr>
<tr><td class="k">环车检查</td><td colspan="3">${pc.damageMarks.length ? diagram(pc.damageMarks) : ''}外观:${damage || '无异常'};
故障灯:${pc.warningLights.join('、') || '无'};贵重物品:${pc.valuables || '无'}${pc.notes ? `;${pc.notes}` : ''}</td></tr>
</table>
<table><tr><th>#</th><th>类别</th><th>代码/配件号</th><th>项目/配件名称</th><th>工时/数量</th><th>单价</th><th>付款方</th><th>折扣</th><th>金额</th></tr>${rows.length ? rows : html`<tr><td colspan="9">—</td></tr>`}</table>
<table>
<tr><td class="k">工时费</td><td class="n">${yuan(o.quote.laborFen)}</td><td class="k">材料费</td><td class="n">${yuan(o.quote.partsFen)}</td></tr>
<tr><td class="k">合计(含税)</td><td class="n">${yuan(o.quote.total.amountFen)}</td><td class="k">其中税额</td><td class="n">${yuan(o.quote.total.taxFen)}</td></tr>
<tr><td class="k">客户应付</td><td class="n"><b>${yuan(o.quote.customerPayableFen)}</b></td><td class="k">拖车费 / 代步</td><td>${yuan(o.towingFen)} / ${o.hasLoanerCar ? '提供代步车' : o.transportAllowanceFen ? `交通补助 ${yuan(o.transportAllowanceFen)}` : '无'}</td></tr>
</table>
${loaners}
<table><tr><td class="k">客户签字</td><td>${sig}<div class="foot">${when(o.signedAt, point.timeZone)}</div></td><td class="k">服务顾问签字</td><td><span class="blank"></span></td></tr></table>
<p class="foot">本委托书一式三联:客户联、车间联、捡料联。维修记录保存不少于六年。修理质量保证期按国家规定执行。</p>
</body></html>`;
}
