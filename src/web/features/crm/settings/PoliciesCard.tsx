import { useEffect, useState } from 'react';
import { Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { PriorityTag } from '../../../components/StatusTags';
import type { Run } from '../useRun';
import type { Policy } from './types';

type Field = 'firstResponseMinutes' | 'resolutionMinutes' | 'escalationMinutes';
const FIELD_LABELS: Record<Field, string> = {
  firstResponseMinutes: 'tset.firstResponse',
  resolutionMinutes: 'tset.resolution',
  escalationMinutes: 'tset.escalation',
};
const FIELDS: Field[] = ['firstResponseMinutes', 'resolutionMinutes', 'escalationMinutes'];

/** SLA time limits per priority, in working minutes (shown also as hours); each row saves on its own. */
export function PoliciesCard({ policies, run }: { policies: Policy[]; run: Run }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Policy[]>(policies);
  const [busy, setBusy] = useState<string>();
  useEffect(() => setRows(policies), [policies]);

  const edit = (p: Policy, f: Field, v: number | null) => setRows((rs) => rs.map((r) => (r.priority === p.priority ? { ...r, [f]: v ?? 0 } : r)));
  const dirty = (p: Policy) => {
    const o = policies.find((x) => x.priority === p.priority);
    return !!o && FIELDS.some((f) => o[f] !== p[f]);
  };
  const save = async (p: Policy) => {
    setBusy(p.priority);
    await run(() =>
      callApi('put', '/ticket-settings/policies/{priority}', {
        params: { priority: p.priority },
        body: {
          version: p.version,
          firstResponseMinutes: p.firstResponseMinutes,
          resolutionMinutes: p.resolutionMinutes,
          escalationMinutes: p.escalationMinutes,
        },
      }),
    );
    setBusy(undefined);
  };
  const cell = (f: Field) => (_: unknown, p: Policy) => (
    <Space size={6}>
      <InputNumber
        size="small"
        min={1}
        max={129600}
        step={30}
        value={p[f]}
        onChange={(v) => edit(p, f, v)}
        style={{ width: 96 }}
        suffix={t('tset.min')}
        aria-label={`${t(`ticket.priority.${p.priority}`)} ${t(FIELD_LABELS[f])}`}
        data-testid={`policy-${p.priority}-${f}`}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        = {t('tset.workHours', { n: Math.round((p[f] / 60) * 10) / 10 })}
      </Typography.Text>
    </Space>
  );

  return (
    <Card size="small" title={t('tset.policiesTitle')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tset.policiesHint')}
      </Typography.Paragraph>
      <Table<Policy>
        size="small"
        rowKey="priority"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('ticket.priorityLabel'), dataIndex: 'priority', width: 80, render: (v: Policy['priority']) => <PriorityTag priority={v} /> },
          { title: t('tset.firstResponse'), key: 'fr', render: cell('firstResponseMinutes') },
          { title: t('tset.resolution'), key: 'rs', render: cell('resolutionMinutes') },
          { title: t('tset.escalation'), key: 'es', render: cell('escalationMinutes') },
          {
            title: t('common.actions'),
            key: 'a',
            width: 80,
            render: (_, p) => (
              <Button
                size="small"
                type="primary"
                disabled={!dirty(p)}
                loading={busy === p.priority}
                onClick={() => void save(p)}
                data-testid={`policy-save-${p.priority}`}
              >
                {t('common.save')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
