import { Button, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface QcAnswer {
  item: string;
  passed: boolean | null;
  note: string;
}

/** The order's QC items: 合格 / 不合格 each, a note on a fail; 全部合格 for the common case. */
export function QcChecklist({ answers, onChange, showErrors }: { answers: QcAnswer[]; onChange: (a: QcAnswer[]) => void; showErrors: boolean }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QcAnswer>) => onChange(answers.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  const open = answers.filter((a) => a.passed === null).length;
  return (
    <div data-testid="qc-checklist" style={{ marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>
          {t('ws.qcItems')}
          {open > 0 && <Typography.Text type="secondary">({t('ws.qcItemsOpen', { count: open })})</Typography.Text>}
        </Typography.Text>
        <Button size="small" onClick={() => onChange(answers.map((a) => ({ ...a, passed: a.passed ?? true })))} data-testid="qc-all-pass">
          {t('ws.qcAllPass')}
        </Button>
      </Space>
      <List
        size="small"
        bordered
        dataSource={answers}
        renderItem={(a, i) => (
          <List.Item data-testid="qc-item" style={{ display: 'block' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}>
              <span id={`qc-item-${i}`}>{a.item}</span>
              <Radio.Group
                size="small"
                optionType="button"
                value={a.passed === null ? undefined : a.passed ? 'pass' : 'fail'}
                onChange={(e) => set(i, { passed: e.target.value === 'pass' })}
                aria-labelledby={`qc-item-${i}`}
                options={[
                  { value: 'pass', label: <CheckOutlined aria-label={t('ws.pass')} /> },
                  { value: 'fail', label: <CloseOutlined aria-label={t('ws.itemFail')} /> },
                ]}
              />
            </div>
            {a.passed === false && (
              <Input
                size="small"
                style={{ marginTop: 4 }}
                maxLength={200}
                value={a.note}
                status={showErrors && !a.note.trim() ? 'error' : undefined}
                placeholder={t('ws.itemNote')}
                aria-label={`${a.item} ${t('ws.itemNote')}`}
                onChange={(e) => set(i, { note: e.target.value })}
              />
            )}
            {showErrors && a.passed === null && <Tag color="orange">{t('ws.qcItemUnanswered')}</Tag>}
          </List.Item>
        )}
      />
    </div>
  );
}

/** What the form may send: null when an item is unanswered or a fail has no note. */
export function checklistPayload(answers: QcAnswer[]) {
  if (answers.some((a) => a.passed === null || (a.passed === false && !a.note.trim()))) return null;
  return answers.map((a) => ({ item: a.item, passed: !!a.passed, note: a.note.trim() }));
}
