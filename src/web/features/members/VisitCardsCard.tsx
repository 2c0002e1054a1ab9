import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { WoRun } from '../work-orders/useWoRun';
import { CustomerPicker } from './CardDialogs';
import { ItemSelect } from './ItemSelect';
import type { VisitCard } from './types';

type Values = { customerId: string; name: string; laborOperationId: string; totalCount: number; priceYuan?: number; validTo?: Dayjs | null };

/** 次卡: prepaid uses of one labor operation (e.g. 5 次四轮定位), sold here and used at the cashier on an order's line. */
export function VisitCardsCard({ run }: { run: WoRun }) {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [selling, setSelling] = useState(false);
  const list = useApiQuery('/visit-cards', { query: { servicePointId: pointId }, enabled: !!pointId });
  const canSell = can('cashier.settle') || can('customers.manage');
  return (
    <Card
      size="small"
      title={t('members.visitCards')}
      style={{ marginTop: 12 }}
      extra={
        canSell && (
          <Button icon={<PlusOutlined />} onClick={() => setSelling(true)} data-testid="visit-card-new">
            {t('members.visitCardNew')}
          </Button>
        )
      }
    >
      <Table<VisitCard>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('members.number'), dataIndex: 'number', width: 130, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('members.customer'), dataIndex: 'customerName', width: 120 },
          { title: t('members.visitCardName'), dataIndex: 'name' },
          { title: t('members.visitCardLabor'), dataIndex: 'laborName' },
          { title: t('members.remaining'), key: 'r', width: 90, align: 'right', render: (_, r) => `${r.remainingCount}/${r.totalCount}` },
          { title: t('members.price'), dataIndex: 'priceFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('members.validTo'), dataIndex: 'validTo', width: 110, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <FormModal<Values>
        open={selling}
        title={t('members.visitCardNew')}
        onClose={() => setSelling(false)}
        initialValues={{ totalCount: 5 }}
        onSubmit={async (v) =>
          !!(await run(() =>
            callApi('post', '/visit-cards', {
              body: {
                customerId: v.customerId,
                name: v.name,
                laborOperationId: v.laborOperationId,
                totalCount: v.totalCount,
                priceFen: yuanToFen(v.priceYuan) ?? 0,
                validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
              },
            }),
          ))
        }
      >
        <Form.Item name="customerId" label={t('members.customer')} rules={[{ required: true, message: t('members.customerRequired') }]}>
          <CustomerPicker />
        </Form.Item>
        <Form.Item name="name" label={t('members.visitCardName')} rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="laborOperationId" label={t('members.visitCardLabor')} rules={[{ required: true, message: t('members.itemRequired') }]}>
          <ItemSelect kind="labor" ariaLabel={t('members.visitCardLabor')} />
        </Form.Item>
        <Form.Item name="totalCount" label={t('members.totalCount')} rules={[{ required: true, message: t('members.amountRequired') }]}>
          <InputNumber min={1} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="priceYuan" label={t('members.price')}>
          <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="validTo" label={t('members.validTo')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
