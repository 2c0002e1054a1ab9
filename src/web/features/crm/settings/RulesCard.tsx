import { useState } from 'react';
import { Badge, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import type { Run } from '../useRun';
import { RuleDrawer } from './RuleDrawer';
import type { RoutingRule } from './types';

/** Routing rules in order: the first matching rules classify, prioritise and route a new ticket. */
export function RulesCard({
  rules,
  run,
  names,
}: {
  rules: RoutingRule[];
  run: Run;
  names: { employee: Map<string, string>; department: Map<string, string> };
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);

  const when = (r: RoutingRule) => (
    <Space size={[4, 4]} wrap>
      {r.when.keywords?.map((k) => (
        <Tag key={k} color="blue">
          {k}
        </Tag>
      ))}
      {r.when.kinds?.map((k) => (
        <Tag key={k}>{t(`ticket.kinds.${k}`)}</Tag>
      ))}
      {r.when.categories?.map((c) => (
        <Tag key={c}>{c}</Tag>
      ))}
      {r.when.vip !== undefined && <Tag color="gold">{r.when.vip ? 'VIP' : t('tset.vip.no')}</Tag>}
      {r.when.repeatAtLeast && <Tag color="volcano">{t('tset.repeatN', { n: r.when.repeatAtLeast })}</Tag>}
      {Object.keys(r.when).length === 0 && <Typography.Text type="secondary">{t('tset.always')}</Typography.Text>}
    </Space>
  );
  const then = (r: RoutingRule) =>
    [
      r.then.priority && `${t('tset.setPriority')}:${t(`ticket.priority.${r.then.priority}`)}`,
      r.then.raise && t('tset.raiseN', { n: r.then.raise }),
      r.then.category && `${t('tset.setCategory')}:${r.then.category}`,
      r.then.departmentId && `${t('ticket.department')}:${names.department.get(r.then.departmentId) ?? '…'}`,
      r.then.handlerEmployeeId && `${t('ticket.handler')}:${names.employee.get(r.then.handlerEmployeeId) ?? '…'}`,
    ]
      .filter(Boolean)
      .join(';') || '—';

  return (
    <Card
      size="small"
      title={t('tset.rulesTitle')}
      extra={
        <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="rule-new">
          {t('tset.ruleNew')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('tset.rulesHint')}
      </Typography.Paragraph>
      <Table<RoutingRule>
        size="small"
        rowKey="id"
        dataSource={rules}
        pagination={false}
        locale={{ emptyText: t('tset.rulesEmpty') }}
        columns={[
          { title: t('tset.sortOrder'), dataIndex: 'sortOrder', width: 60 },
          {
            title: t('tset.ruleName'),
            dataIndex: 'name',
            width: 160,
            render: (v: string, r) => (
              <Space size={4}>
                {/* The state in words as well as the dot's colour (WCAG 1.4.1). */}
                <Badge status={r.isActive ? 'success' : 'default'} />
                {v}
                {!r.isActive && <Typography.Text type="secondary">({t('tset.inactive')})</Typography.Text>}
              </Space>
            ),
          },
          { title: t('tset.when'), key: 'when', render: (_, r) => when(r) },
          { title: t('tset.then'), key: 'then', render: (_, r) => then(r) },
          {
            title: t('common.actions'),
            key: 'a',
            width: 110,
            render: (_, r) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)} aria-label={t('common.edit')} />
                <Popconfirm
                  title={t('tset.ruleDeleteConfirm', { name: r.name })}
                  onConfirm={() => run(() => callApi('delete', '/routing-rules/{id}', { params: { id: r.id } }), { success: t('common.deleted') })}
                >
                  <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <RuleDrawer
        open={editing !== null}
        rule={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
    </Card>
  );
}
