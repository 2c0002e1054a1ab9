import { useState } from 'react';
import { Button, Descriptions, Drawer, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { useReportError } from '../../lib/errors';
import type { components } from '../../api/openapi.gen';
import { PlanForm } from './PlanForm';
import { HandoverModal } from './HandoverModal';

type Plan = components['schemas']['RotationPlan'];
type Move = components['schemas']['RotationMove'];
const STATUS_COLOR = { draft: 'default', approved: 'processing', applied: 'success', cancelled: 'error' } as const;
const HANDOVER_COLOR = { open: 'warning', partly_signed: 'processing', complete: 'success' } as const;

function PlanDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const q = useApiQuery('/rotations/{id}', { params: { id } });
  const opts = useApiQuery('/rotations/options', { enabled: !!q.data?.canManage });
  const act = useApiMutation('post', '/rotations/{id}/actions');
  const sign = useApiMutation('post', '/rotations/{id}/moves/{moveId}/sign');
  const [editing, setEditing] = useState<Move | null>(null);
  const p = q.data;
  if (!p) return null;
  const run = (fn: () => Promise<unknown>) => fn().catch((e) => report(e));
  // Who can take over: people who work at the point left once the plan applies (staying there, or moving in).
  const candidates = (m: Move) => {
    const moving = new Set(p.moves.map((x) => x.employeeId));
    const staying = (opts.data?.points.find((x) => x.id === m.fromPointId)?.employees ?? []).filter((e) => !moving.has(e.id));
    const comingIn = p.moves.filter((x) => x.toPointId === m.fromPointId).map((x) => ({ id: x.employeeId, name: x.employeeName }));
    const current = m.successorEmployeeId ? [{ id: m.successorEmployeeId, name: m.successorName ?? '' }] : [];
    return [...new Map([...staying, ...comingIn, ...current].map((e) => [e.id, { id: e.id, name: e.name }])).values()];
  };
  return (
    <Drawer open size={960} onClose={onClose} title={t('rot.planTitle', { quarter: p.quarter, point: p.pointName })}>
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('rot.statusLabel')}>
          <Tag color={STATUS_COLOR[p.status]}>{t(`rot.status.${p.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('rot.effectiveDate')}>{p.effectiveDate}</Descriptions.Item>
        <Descriptions.Item label={t('rot.createdBy')}>{p.createdByName}</Descriptions.Item>
        <Descriptions.Item label={t('rot.approvedBy')}>{p.approvedByName ?? '—'}</Descriptions.Item>
        {p.note && <Descriptions.Item label={t('rot.note')}>{p.note}</Descriptions.Item>}
      </Descriptions>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.moves}
        expandable={{
          rowExpandable: (m) => m.items.length > 0,
          expandedRowRender: (m) => (
            <ul style={{ margin: 0 }}>
              {m.items.map((i, n) => (
                <li key={`${i.ref}-${n}`}>
                  {t(`rot.kinds.${i.kind}`)}:{i.ref}
                  {i.note ? `(${i.note})` : ''}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('rot.employee'), dataIndex: 'employeeName' },
          { title: t('rot.fromPoint'), dataIndex: 'fromPointName' },
          { title: t('rot.toPoint'), render: (_, m) => `${m.toPointName} · ${m.toPositionTitle}` },
          { title: t('rot.successor'), render: (_, m) => m.successorName ?? '—' },
          {
            title: t('rot.handover'),
            render: (_, m) => (
              <Space direction="vertical" size={0}>
                <Tag color={HANDOVER_COLOR[m.handoverStatus]}>{t(`rot.handoverStatus.${m.handoverStatus}`)}</Tag>
                {m.outgoingSignedBy && <Typography.Text type="secondary">{t('rot.signedOut', { name: m.outgoingSignedBy })}</Typography.Text>}
                {m.incomingSignedBy && <Typography.Text type="secondary">{t('rot.signedIn', { name: m.incomingSignedBy })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, m) => (
              <Space wrap>
                {m.canEditHandover && (
                  <Button size="small" onClick={() => setEditing(m)}>
                    {t('rot.editHandover')}
                  </Button>
                )}
                {(['outgoing', 'incoming'] as const).map((side) =>
                  (side === 'outgoing' ? m.canSignOutgoing : m.canSignIncoming) ? (
                    <Popconfirm
                      key={side}
                      title={t('rot.signConfirm')}
                      onConfirm={() => run(() => sign.mutateAsync({ params: { id, moveId: m.id }, body: { version: m.version, side } }))}
                    >
                      <Button size="small" type="primary">
                        {t(`rot.sign.${side}`)}
                      </Button>
                    </Popconfirm>
                  ) : null,
                )}
              </Space>
            ),
          },
        ]}
      />
      {p.canManage && (p.status === 'draft' || p.status === 'approved') && (
        <Space style={{ marginTop: 16 }}>
          {p.status === 'draft' && (
            <Popconfirm
              title={t('rot.approveConfirm', { date: p.effectiveDate })}
              onConfirm={() => run(() => act.mutateAsync({ params: { id }, body: { version: p.version, action: 'approve' } }))}
            >
              <Button type="primary">{t('rot.approve')}</Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={t('rot.cancelConfirm')}
            onConfirm={() => run(() => act.mutateAsync({ params: { id }, body: { version: p.version, action: 'cancel' } }))}
          >
            <Button danger>{t('rot.cancel')}</Button>
          </Popconfirm>
        </Space>
      )}
      {editing && <HandoverModal plan={p} move={editing} candidates={candidates(editing)} onClose={() => setEditing(null)} />}
    </Drawer>
  );
}

/** Rotation plans of one's scope (and those one moves in or takes over from), with the hand-over per person. */
export default function RotationPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = useApiQuery('/rotations');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rot.nav')}
        </Typography.Title>
        {can('network.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('rot.new')}
          </Button>
        )}
      </Space>
      <Table<Omit<Plan, 'moves'> & { moveCount: number; handoversComplete: number }>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('rot.quarter'),
            render: (_, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.id)}>
                {r.quarter} · {r.pointName}
              </Button>
            ),
          },
          { title: t('rot.effectiveDate'), dataIndex: 'effectiveDate' },
          { title: t('rot.statusLabel'), render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`rot.status.${r.status}`)}</Tag> },
          { title: t('rot.people'), dataIndex: 'moveCount', align: 'right' },
          { title: t('rot.handoversDone'), render: (_, r) => `${r.handoversComplete} / ${r.moveCount}`, align: 'right' },
        ]}
      />
      {open && <PlanDrawer id={open} onClose={() => setOpen(null)} />}
      <PlanForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          setOpen(id);
        }}
      />
    </>
  );
}
