/**
 * QC checklists (质检项目) per kind of work: the items the inspector answers pass/fail (+ a note on a fail).
 * A station edits its lists; these defaults apply until it does. Pure.
 */

/** Kinds of work with their own list: the work-order types, plus 钣喷 when the order has body or paint jobs. */
export const QC_CHECKLIST_KINDS = ['maintenance', 'repair', 'body_paint', 'accident', 'warranty', 'recall', 'internal'] as const;
export type QcChecklistKind = (typeof QC_CHECKLIST_KINDS)[number];

export const QC_CHECKLIST_KIND_LABELS: Record<QcChecklistKind, { zh: string; en: string }> = {
  maintenance: { zh: '保养', en: 'Maintenance' },
  repair: { zh: '一般维修', en: 'General repair' },
  body_paint: { zh: '钣喷', en: 'Body and paint' },
  accident: { zh: '事故', en: 'Accident' },
  warranty: { zh: '索赔', en: 'Warranty' },
  recall: { zh: '召回', en: 'Recall' },
  internal: { zh: '内部', en: 'Internal' },
};

export type QcChecklists = Record<QcChecklistKind, string[]>;

const COMMON = ['维修项目全部完成', '无漏油、漏水、漏气', '仪表无故障灯', '车内外清洁,无维修遗留物'];
export const DEFAULT_QC_CHECKLISTS: QcChecklists = {
  maintenance: ['机油及滤清器已更换,油位正常', '各油液液位正常', '轮胎气压及磨损已检查', '灯光、喇叭、雨刮正常', '保养提醒已复位', ...COMMON],
  repair: ['故障现象已排除', '更换件安装牢固、型号正确', '路试无异响、无跑偏', ...COMMON],
  body_paint: ['钣金面平整,缝隙均匀', '漆面无色差、流挂、橘皮', '车门、机盖开闭顺畅', '灯光、传感器功能正常'],
  accident: ['定损项目全部修复', '安全气囊及安全系统无故障', '四轮定位正常', '路试制动、转向正常', ...COMMON],
  warranty: ['索赔件已更换并保留旧件', '故障现象已排除', ...COMMON],
  recall: ['召回项目已按技术通报完成', ...COMMON],
  internal: ['维修项目全部完成', '车辆清洁'],
};

/** The station's lists with the defaults for any kind it has not set; blank and repeated items dropped. */
export function effectiveChecklists(saved: Partial<Record<string, string[]>> | null | undefined): QcChecklists {
  const out = {} as QcChecklists;
  for (const k of QC_CHECKLIST_KINDS) out[k] = clean(saved?.[k] ?? DEFAULT_QC_CHECKLISTS[k]);
  return out;
}
const clean = (items: string[]) => [...new Set(items.map((s) => s.trim()).filter(Boolean))];

/** The kinds that apply to an order: its type, and 钣喷 when any job is body or paint work. */
export function kindsFor(orderType: string, trades: readonly (string | null)[]): QcChecklistKind[] {
  const kinds: QcChecklistKind[] = [];
  if ((QC_CHECKLIST_KINDS as readonly string[]).includes(orderType)) kinds.push(orderType as QcChecklistKind);
  if (trades.some((t) => t === 'body' || t === 'paint') && !kinds.includes('body_paint')) kinds.push('body_paint');
  return kinds;
}

/** The items an order's QC answers, in order, without repeats. */
export function checklistFor(lists: QcChecklists, orderType: string, trades: readonly (string | null)[]): string[] {
  return clean(kindsFor(orderType, trades).flatMap((k) => lists[k]));
}

export interface QcItemResult {
  item: string;
  passed: boolean;
  note: string;
}

/**
 * Checks the answers against the order's items: every item answered once, a note on each fail, and the verdict
 * agreeing (a pass needs every item passed). Returns the field errors (empty = fine) and the failed items.
 */
export function judgeChecklist(items: readonly string[], answers: readonly QcItemResult[], passed: boolean) {
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!items.includes(a.item)) errors.push({ path: `checklist.${i}.item`, message: `「${a.item}」不是本工单的质检项目` });
    else if (seen.has(a.item)) errors.push({ path: `checklist.${i}.item`, message: `「${a.item}」重复` });
    seen.add(a.item);
    if (!a.passed && !a.note.trim()) errors.push({ path: `checklist.${i}.note`, message: '不合格项须填写说明' });
  });
  const missing = items.filter((it) => !seen.has(it));
  if (missing.length) errors.push({ path: 'checklist', message: `还有 ${missing.length} 项未检查:${missing.join('、')}` });
  const failed = answers.filter((a) => !a.passed);
  if (passed && failed.length) errors.push({ path: 'passed', message: `有 ${failed.length} 项不合格,不能判定合格` });
  return { errors, failed };
}
