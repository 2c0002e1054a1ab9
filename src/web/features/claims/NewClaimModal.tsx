import { useState } from 'react';
import { Button, Input, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import type { Answer } from '../../api/paths';
import { usePointTime } from '../../lib/time';
import { useDebounced } from '../../lib/useDebounced';
import { useClaimsRun } from './shared';

type Order = Answer<'/claim-work-orders'>['items'][number];

/** The station's settled warranty orders without a claim: one click prepares the claim from the order and opens it. */
export function NewClaimModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const time = usePointTime();
  const run = useClaimsRun();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const orders = useApiQuery('/claim-work-orders', { query: { stage: 'claimable', q: q || undefined } });
  const [busy, setBusy] = useState<string | null>(null);
  const create = async (o: Order) => {
    setBusy(o.id);
    let id = '';
    const ok = await run(async () => {
      id = (await callApi('post', '/claims', { body: { workOrderId: o.id } })).id;
    });
    setBusy(null);
    if (ok) onCreated(id);
  };
  return (
    <Modal open title={t('cl.newClaim')} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('cl.newClaimHint')}</Typography.Paragraph>
      <Input.Search
        aria-label={t('cl.searchOrder')}
        placeholder={t('cl.searchOrder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 260, marginBottom: 12 }}
      />
      <Table<Order>
        rowKey="id"
        size="small"
        loading={orders.isLoading}
        dataSource={orders.data?.items ?? []}
        locale={{ emptyText: t('cl.noClaimable') }}
        pagination={{ pageSize: 8 }}
        data-testid="claimable-orders"
        columns={[
          { title: t('cl.workOrder'), dataIndex: 'number', key: 'n' },
          { title: t('cl.plate'), dataIndex: 'plate', key: 'p' },
          { title: t('cl.vin'), dataIndex: 'vin', key: 'v' },
          { title: t('cl.model'), dataIndex: 'model', key: 'm' },
          { title: t('cl.completedAt'), key: 'c', render: (_, o) => time.dateTime(o.completedAt) },
          {
            title: t('common.actions'),
            key: 'act',
            render: (_, o) => (
              <Button size="small" type="primary" loading={busy === o.id} onClick={() => create(o)} data-testid={`claim-from-${o.number}`}>
                {t('cl.prepare')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}
