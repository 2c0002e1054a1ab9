import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { LogoutOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { PlateTag } from '../customers/VehicleBits';
import { useRun } from '../crm/useRun';
import { openPrint } from '../work-orders/print';
import type { Answer } from '../../api/paths';

type GatePass = Answer<'/gate-passes'>['items'][number];
const fmt = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm') : '—');

/** 门卫放行: exit passes waiting at the gate (or already used), found by pass number or plate; one check per pass. */
export default function GatePage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'issued' | 'exited'>('issued');
  const [checking, setChecking] = useState<GatePass | null>(null);
  const [form] = Form.useForm<{ plate?: string }>();
  const list = useApiQuery('/gate-passes', { query: { servicePointId: pointId, q: q || undefined, status }, enabled: !!pointId });
  const run = useRun(useInvalidate('/gate-passes'));
  const mayCheck = can('release.gate');

  const letOut = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !checking) return;
    const plate = v.plate?.trim();
    const ok = await run(
      () => callApi('post', '/gate-passes/{id}/exit', { params: { id: checking.id }, body: { version: checking.version, ...(plate ? { plate } : {}) } }),
      { form, success: t('gate.exited', { plate: checking.plate }) },
    );
    if (ok) setChecking(null);
  };

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.gate')}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as 'issued' | 'exited')}
            options={[
              { value: 'issued', label: t('gate.status.issued') },
              { value: 'exited', label: t('gate.status.exited') },
            ]}
          />
          <Input.Search
            allowClear
            placeholder={t('gate.search')}
            aria-label={t('gate.search')}
            style={{ width: 240 }}
            onSearch={(v) => setQ(v.trim())}
            data-testid="gate-search"
          />
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Table<GatePass>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        data-testid="gate-passes"
        locale={{ emptyText: status === 'issued' ? t('gate.noneWaiting') : t('gate.noneExited') }}
        columns={[
          { title: t('gate.number'), dataIndex: 'number', width: 150, render: (v: string) => <b>{v}</b> },
          { title: t('gate.plate'), dataIndex: 'plate', width: 110, render: (v: string) => <PlateTag plate={v} kind={null} /> },
          { title: t('gate.car'), key: 'car', ellipsis: true, render: (_, r) => `${r.model} · ${r.customerName}` },
          {
            title: t('gate.basis'),
            key: 'basis',
            width: 150,
            render: (_, r) => <Tag>{`${t(`gate.bases.${r.basis}`)}${r.accountName ? ` ${r.accountName}` : ''}`}</Tag>,
          },
          { title: t('gate.issuedAt'), dataIndex: 'issuedAt', width: 100, render: fmt },
          {
            title: t('common.status'),
            key: 'st',
            width: 150,
            render: (_, r) =>
              r.status === 'exited' ? (
                <Tag color="default">{`${t('gate.status.exited')} ${fmt(r.exitedAt)} ${r.gateKeeperName ?? ''}`}</Tag>
              ) : (
                <Tag color="processing">{t('gate.status.issued')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                {r.status === 'issued' && mayCheck && (
                  <Button
                    size="small"
                    type="primary"
                    icon={<LogoutOutlined />}
                    onClick={() => {
                      form.resetFields();
                      setChecking(r);
                    }}
                    data-testid={`gate-exit-${r.number}`}
                  >
                    {t('gate.letOut')}
                  </Button>
                )}
                <Button
                  size="small"
                  type="text"
                  icon={<PrinterOutlined />}
                  aria-label={t('gate.print')}
                  onClick={() => openPrint(`/gate-passes/${r.id}/print`)}
                />
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!checking}
        title={checking ? t('gate.checkTitle', { number: checking.number }) : ''}
        onCancel={() => setChecking(null)}
        onOk={() => void letOut()}
        okText={t('gate.letOut')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Typography.Paragraph>{checking ? t('gate.checkHint', { plate: checking.plate }) : ''}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="plate" label={t('gate.plateSeen')} extra={t('gate.plateSeenHint')}>
            <Input maxLength={20} data-testid="gate-plate" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
