import { Table, Tag } from 'antd';
import { CheckCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { useApiQuery } from '../../api/query';

type Message = Answer<'/customers/{id}/messages'>['items'][number];

/** A customer's message history: what was sent, and what was not and why (consent, no mobile number, turned off). */
export function CustomerMessages({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('/customers/{id}/messages', { params: { id: customerId } });
  return (
    <Table<Message>
      size="small"
      rowKey="id"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: t('messages.historyEmpty') }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('messages.at'), dataIndex: 'createdAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        { title: t('messages.kind'), dataIndex: 'nameZh', width: 120 },
        {
          title: t('messages.status'),
          key: 'status',
          width: 200,
          render: (_, m) =>
            m.status === 'sent' ? (
              <Tag icon={<CheckCircleOutlined />} color="success">
                {t('messages.sent')}
              </Tag>
            ) : (
              <Tag icon={<MinusCircleOutlined />}>{`${t('messages.skipped')}:${m.skipReason}`}</Tag>
            ),
        },
        { title: t('messages.content'), dataIndex: 'body' },
      ]}
    />
  );
}
