import { useCallback } from 'react';
import { App, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInvalidate } from '../../api/query';
import type { Answer } from '../../api/paths';
import type { ApplyOptions } from '../../api/form-errors';
import { useReportError } from '../../lib/errors';

export type Claim = Answer<'/claims/{id}'>;
export type OldPart = Answer<'/old-parts'>['items'][number];
export type Preauth = Answer<'/claim-preauths'>['items'][number];
export type Batch = Answer<'/old-part-batches/{id}'>;
export type SupplierClaim = Answer<'/supplier-claims'>['items'][number];

/** One label and colour per claim status (the same everywhere). */
export const STATUS: Record<Claim['status'], { zh: string; en: string; color: string }> = {
  draft: { zh: '未上报', en: 'Draft', color: 'default' },
  submitted: { zh: '已上报', en: 'Submitted', color: 'blue' },
  reviewing: { zh: '审核中', en: 'In review', color: 'geekblue' },
  approved: { zh: '通过', en: 'Approved', color: 'green' },
  rejected: { zh: '拒绝', en: 'Rejected', color: 'red' },
  returned: { zh: '退回', en: 'Returned', color: 'orange' },
  settled: { zh: '结算', en: 'Settled', color: 'cyan' },
};
export function ClaimStatusTag({ status }: { status: Claim['status'] }) {
  const { i18n } = useTranslation();
  const s = STATUS[status];
  return <Tag color={s.color}>{i18n.language.startsWith('en') ? s.en : s.zh}</Tag>;
}

export const RETURN_STATUSES = ['due', 'deferral_requested', 'waived', 'shipped', 'returned', 'missing', 'not_required'] as const;
const RETURN_COLOR: Record<OldPart['returnStatus'], string> = {
  not_required: 'default',
  due: 'gold',
  deferral_requested: 'purple',
  waived: 'default',
  shipped: 'blue',
  returned: 'green',
  missing: 'red',
};
/** 旧件 return status (待回运, 延返申请中, 已装运, 已返回, 缺失 …). */
export function ReturnStatusTag({ status }: { status: OldPart['returnStatus'] }) {
  const { t } = useTranslation();
  return <Tag color={RETURN_COLOR[status]}>{t(`cl.rs_${status}`)}</Tag>;
}

/** Everything a claims action may change: the lists of the whole workspace refresh after it. */
const AFFECTED = [
  '/claims',
  '/claim-preauths',
  '/old-parts',
  '/old-part-boxes',
  '/old-part-batches',
  '/claim-statements',
  '/supplier-claims',
  '/claim-catalog',
];

/** Runs one action: 已保存 and the workspace refreshed, or the error (field errors onto `form`). Resolves true when done. */
export function useClaimsRun() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const refresh = useInvalidate(...AFFECTED);
  return useCallback(
    async (fn: () => Promise<unknown>, form?: FormInstance, opts?: ApplyOptions) => {
      try {
        await fn();
        message.success(t('cl.saved'));
        refresh();
        return true;
      } catch (e) {
        report(e, form, opts);
        refresh();
        return false;
      }
    },
    [message, refresh, report, t],
  );
}
