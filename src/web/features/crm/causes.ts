import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Root-cause categories of complaints. The stored value is the Chinese name (as the server's demo data
 * and other clients write it); `key` names its label in other languages.
 */
export const CAUSES = [
  { value: '服务态度', key: 'attitude' },
  { value: '维修质量', key: 'repair-quality' },
  { value: '等待时间', key: 'waiting' },
  { value: '收费', key: 'price' },
  { value: '配件供应', key: 'parts' },
  { value: '沟通解释', key: 'communication' },
  { value: '产品质量', key: 'product' },
  { value: '营业时间', key: 'hours' },
  { value: '咨询', key: 'enquiry' },
  { value: '其他', key: 'other' },
] as const;
export const CAUSE_CATEGORIES: readonly string[] = CAUSES.map((c) => c.value);

/** The label of a stored cause in the UI language; unknown values pass through; none → "未分类". */
export function useCauseLabel() {
  const { t } = useTranslation();
  return useCallback(
    (c: string | null | undefined) => {
      if (!c || c === '未分类') return t('crm.causes.uncategorized');
      const known = CAUSES.find((x) => x.value === c);
      return known ? t(`crm.causes.${known.key}`) : c;
    },
    [t],
  );
}
