/** Chinese and English names of work-order types, statuses and actions. */
import type { WorkOrderAction, WorkOrderStatus, WorkOrderType } from './status.js';

export type Label = { zh: string; en: string };

export const WORK_ORDER_TYPE_LABELS: Record<WorkOrderType, Label> = {
  maintenance: { zh: '保养', en: 'Maintenance' },
  repair: { zh: '一般维修', en: 'Repair' },
  accident: { zh: '事故车维修', en: 'Accident repair' },
  warranty: { zh: '三包索赔', en: 'Warranty' },
  recall: { zh: '召回/服务活动', en: 'Recall / campaign' },
  internal: { zh: '内部工单', en: 'Internal' },
};

export const WORK_ORDER_STATUS_LABELS: Record<WorkOrderStatus, Label> = {
  draft: { zh: '登记中', en: 'Draft' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  in_progress: { zh: '维修中', en: 'In progress' },
  waiting_parts: { zh: '待料', en: 'Waiting for parts' },
  qc: { zh: '质检中', en: 'Quality check' },
  ready: { zh: '待交车', en: 'Ready for delivery' },
  delivered: { zh: '已交车', en: 'Delivered' },
  settled: { zh: '已结算', en: 'Settled' },
  closed: { zh: '已关闭', en: 'Closed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const WORK_ORDER_ACTION_LABELS: Record<WorkOrderAction, Label> = {
  confirm: { zh: '客户签字确认', en: 'Confirm (customer signs)' },
  start: { zh: '开工', en: 'Start work' },
  wait_parts: { zh: '转待料', en: 'Wait for parts' },
  parts_arrived: { zh: '到料复工', en: 'Parts arrived' },
  finish: { zh: '完工报检', en: 'Finish, to QC' },
  qc_pass: { zh: '质检合格', en: 'Pass QC' },
  qc_fail: { zh: '质检不合格返工', en: 'Fail QC (rework)' },
  deliver: { zh: '交车', en: 'Deliver' },
  settle: { zh: '结算', en: 'Settle' },
  close: { zh: '关闭', en: 'Close' },
  cancel: { zh: '取消', en: 'Cancel' },
};
