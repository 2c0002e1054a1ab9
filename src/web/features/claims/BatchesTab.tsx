import { useState } from 'react';
import { Button, Descriptions, Drawer, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { type Batch, ReturnStatusTag, useClaimsRun } from './shared';

/** 旧件回运单: the monthly return batches with 应返 / 实返 / 缺失; the manufacturer receives and inspects them part by part. */
export function BatchesTab() {
  const { t } = useTranslation();
  const time = usePointTime();
  const list = useApiQuery('/old-part-batches');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <Table<Batch>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('cl.noBatches') }}
        scroll={{ x: 900 }}
        data-testid="claim-batches"
        columns={[
          {
            title: t('cl.batchNo'),
            key: 'n',
            render: (_, b) => (
              <Button type="link" onClick={() => setOpen(b.id)}>
                {b.number}
              </Button>
            ),
          },
          { title: t('cl.month'), dataIndex: 'month', key: 'm' },
          { title: t('cl.batchKind'), key: 'k', render: (_, b) => t(`cl.bk_${b.kind}`) },
          {
            title: t('cl.status'),
            key: 's',
            render: (_, b) => <Tag color={b.status === 'received' ? 'green' : 'blue'}>{t(`cl.bs_${b.status}`)}</Tag>,
          },
          { title: t('cl.expected'), dataIndex: 'expected', key: 'e', align: 'right' },
          { title: t('cl.returned'), key: 'r', align: 'right', render: (_, b) => (b.status === 'received' ? b.returned : '—') },
          {
            title: t('cl.missing'),
            key: 'x',
            align: 'right',
            render: (_, b) => (b.status === 'received' ? <Typography.Text type={b.missing ? 'danger' : undefined}>{b.missing}</Typography.Text> : '—'),
          },
          { title: t('cl.shippedAt'), key: 'sa', render: (_, b) => `${time.dateTime(b.shippedAt)} ${b.shippedByName}` },
          { title: t('cl.receivedAt'), key: 'ra', render: (_, b) => (b.receivedAt ? `${time.dateTime(b.receivedAt)} ${b.receivedByName ?? ''}` : '—') },
        ]}
      />
      {open ? <BatchDrawer id={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

type Outcome = { outcome: 'returned' | 'missing'; note: string };

function BatchDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const run = useClaimsRun();
  const q = useApiQuery('/old-part-batches/{id}', { params: { id } });
  const [answers, setAnswers] = useState<Record<string, Outcome>>({});
  const b = q.data;
  const receiving = b?.status === 'shipped' && can('claims.review');
  const answer = (lineId: string) => answers[lineId] ?? { outcome: 'returned', note: '' };
  const set = (lineId: string, patch: Partial<Outcome>) => setAnswers((a) => ({ ...a, [lineId]: { ...answer(lineId), ...patch } }));
  return (
    <Drawer open width={820} title={b ? `${t('cl.batch')} ${b.number}` : t('cl.batch')} onClose={onClose} loading={q.isLoading}>
      {b ? (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-batch-drawer">
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label={t('cl.expected')}>{b.expected}</Descriptions.Item>
            <Descriptions.Item label={t('cl.returned')}>{b.status === 'received' ? b.returned : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cl.missing')}>{b.status === 'received' ? b.missing : '—'}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={b.lines}
            columns={[
              { title: t('cl.tag'), dataIndex: 'tagNo', key: 'tag' },
              { title: t('cl.number'), dataIndex: 'claimNumber', key: 'c' },
              { title: t('cl.causePart'), key: 'p', render: (_, l) => `${l.code} ${l.name}` },
              { title: t('cl.amount'), key: 'a', align: 'right', render: (_, l) => formatYuan(l.amountFen) },
              receiving
                ? {
                    title: t('cl.inspection'),
                    key: 'in',
                    render: (_, l) => (
                      <Space direction="vertical" size={4}>
                        <Radio.Group
                          aria-label={`${t('cl.inspection')} ${l.tagNo ?? l.code}`}
                          value={answer(l.id).outcome}
                          onChange={(e) => set(l.id, { outcome: e.target.value })}
                          options={[
                            { value: 'returned', label: t('cl.rs_returned') },
                            { value: 'missing', label: t('cl.rs_missing') },
                          ]}
                        />
                        <Input
                          size="small"
                          aria-label={`${t('cl.inspectionNote')} ${l.tagNo ?? l.code}`}
                          placeholder={t('cl.inspectionNote')}
                          value={answer(l.id).note}
                          onChange={(e) => set(l.id, { note: e.target.value })}
                          maxLength={500}
                        />
                      </Space>
                    ),
                  }
                : { title: t('cl.returnStatus'), key: 'rs', render: (_, l) => <ReturnStatusTag status={l.returnStatus} /> },
              ...(receiving ? [] : [{ title: t('cl.inspectionNote'), dataIndex: 'inspectionNote', key: 'note' }]),
            ]}
          />
          {receiving ? (
            <Button
              type="primary"
              data-testid="claim-batch-receive"
              onClick={() =>
                run(() =>
                  callApi('post', '/old-part-batches/{id}/receipt', {
                    params: { id },
                    body: { version: b.version, lines: b.lines.map((l) => ({ lineId: l.id, ...answer(l.id) })) },
                  }),
                )
              }
            >
              {t('cl.receive')}
            </Button>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
