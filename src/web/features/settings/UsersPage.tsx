import { useState } from 'react';
import { Badge, Button, Card, Result, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { UserDrawer } from './UserDrawer';
import type { UserItem } from './types';

/** 用户: accounts that log in, their service point and employee record. */
export default function UsersPage() {
  const { t } = useTranslation();
  const users = useApiQuery('/users');
  const [editing, setEditing] = useState<UserItem | 'new' | null>(null);

  if (users.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(users.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.users')}
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-new">
            {t('users.new')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void users.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Table<UserItem>
        size="small"
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('users.username'), dataIndex: 'username', render: (v: string, u) => <Typography.Link onClick={() => setEditing(u)}>{v}</Typography.Link> },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.servicePoint'), dataIndex: 'servicePointName' },
          {
            title: t('users.employee'),
            dataIndex: 'employeeName',
            render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('users.noEmployee')}</Typography.Text>,
          },
          {
            title: t('users.role'),
            dataIndex: 'isSuperuser',
            width: 110,
            render: (v: boolean) => (v ? <Tag color="gold">{t('layout.superuser')}</Tag> : <Tag>{t('users.byPositions')}</Tag>),
          },
          {
            title: t('common.status'),
            dataIndex: 'isActive',
            width: 90,
            render: (v: boolean) => <Badge status={v ? 'success' : 'default'} text={v ? t('users.active') : t('users.disabled')} />,
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_, u) => (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(u)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserDrawer
        open={editing !== null}
        user={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
    </Card>
  );
}
