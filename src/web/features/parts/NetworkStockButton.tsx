import { useState } from 'react';
import { Button, Popover, Table } from 'antd';
import { ClusterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';

/** 网络库存: other stations' stock of the part, as far as the network lets this station see (loaded when opened). */
export function NetworkStockButton({ partNo, pointId }: { partNo: string; pointId: string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const q = useApiQuery('/network-stock', { query: { partNo, servicePointId: pointId }, enabled: open && !!pointId });
  const items = q.data?.items ?? [];
  const total = items.reduce((s, i) => s + i.available, 0);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('transfers.networkTitle', { partNo })}
      content={
        <Table
          size="small"
          rowKey="servicePointId"
          pagination={false}
          loading={q.isFetching}
          dataSource={items}
          locale={{ emptyText: t('transfers.networkEmpty') }}
          style={{ width: 360 }}
          columns={[
            { title: t('transfers.cols.station'), dataIndex: 'name' },
            { title: t('transfers.cols.onHand'), dataIndex: 'onHand', align: 'right' },
            { title: t('transfers.cols.available'), dataIndex: 'available', align: 'right' },
          ]}
        />
      }
    >
      <Button
        type="text"
        size="small"
        icon={<ClusterOutlined />}
        aria-label={`${t('transfers.networkTitle', { partNo })}${q.data ? ` ${total}` : ''}`}
        data-testid={`network-${partNo}`}
      >
        {q.data ? total : null}
      </Button>
    </Popover>
  );
}
