import { Alert, Button, Descriptions, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { formatShortDateTime } from '../../lib/time';
import type { Run } from '../crm/useRun';
import { COUNT_COLORS } from './StocktakingPage';

/** One count: the sheet by location with the counted quantities to enter, the variance and its value, print, submit. */
export function CountDetail({ id, run, keeper, onBack }: { id: string; run: Run; keeper: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const q = useApiQuery('/stock-counts/{id}', { params: { id } });
  const c = q.data;
  if (!c) return null;
  const editable = keeper && c.status === 'counting';
  const save = async () => {
    const v = (form.getFieldsValue() as { counted?: Record<string, number | null> }).counted ?? {};
    const lines = c.lines.filter((l) => v[l.id] != null && v[l.id] !== l.counted).map((l) => ({ lineId: l.id, counted: v[l.id] as number }));
    if (!lines.length) return;
    // Field errors come back as lines.N.counted (N = position in this request): shown against the line they name.
    await run(() => callApi('put', '/stock-counts/{id}/lines', { params: { id }, body: { version: c.version, lines } }), {
      form,
      success: t('stocktaking.saved'),
    });
  };
  const act = (what: 'submit' | 'cancel') =>
    run(() => callApi('post', `/stock-counts/{id}/${what}`, { params: { id }, body: { version: c.version, note: '' } }), {
      success: what === 'submit' ? t('stocktaking.submitted') : undefined,
    });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('stocktaking.back')} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.stocktaking')} {c.number}
          </Typography.Title>
          <Tag color={COUNT_COLORS[c.status]}>{t(`stocktaking.status.${c.status}`)}</Tag>
        </Space>
        <Space wrap>
          <Button icon={<PrinterOutlined />} href={`/api/stock-counts/${id}/print`} target="_blank">
            {t('stocktaking.print')}
          </Button>
          <Button icon={<FileExcelOutlined />} href={`/api/stock-counts/${id}/xlsx`}>
            {t('stocktaking.xlsx')}
          </Button>
          {editable && (
            <>
              <Button onClick={() => void save()} data-testid="save-counts">
                {t('stocktaking.save')}
              </Button>
              <Button type="primary" onClick={() => void act('submit')} disabled={c.totals.uncounted > 0} data-testid="submit-count">
                {t('stocktaking.submit')}
              </Button>
            </>
          )}
          {keeper && (c.status === 'counting' || c.status === 'pending_approval') && (
            <Button onClick={() => void act('cancel')}>{t('stocktaking.cancel')}</Button>
          )}
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('stocktaking.cols.locations')}>{c.allLocations ? t('stocktaking.all') : c.locationCodes.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('stocktaking.cols.progress')}>{t('stocktaking.totals', c.totals)}</Descriptions.Item>
        <Descriptions.Item label={t('stocktaking.gain')}>{formatYuan(c.totals.gainFen)}</Descriptions.Item>
        <Descriptions.Item label={t('stocktaking.loss')}>{formatYuan(c.totals.lossFen)}</Descriptions.Item>
        <Descriptions.Item label={t('stocktaking.abs')}>{formatYuan(c.totals.absFen)}</Descriptions.Item>
      </Descriptions>
      {c.status === 'counting' && <Alert type="info" showIcon message={t('stocktaking.reconcile')} style={{ marginBottom: 12 }} />}
      <Form form={form} key={c.version} initialValues={{ counted: Object.fromEntries(c.lines.map((l) => [l.id, l.counted])) }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.lines}
          data-testid="count-lines"
          columns={[
            { title: t('stocktaking.cols.location'), dataIndex: 'locationCode', width: 100 },
            { title: t('stocktaking.cols.partNo'), dataIndex: 'partNo', width: 130 },
            { title: t('stocktaking.cols.name'), dataIndex: 'name' },
            { title: t('stocktaking.cols.book'), align: 'right', width: 80, render: (_, l) => l.bookAtEntry ?? l.book },
            {
              title: t('stocktaking.cols.counted'),
              width: 140,
              render: (_, l) =>
                editable ? (
                  <Form.Item name={['counted', l.id]} style={{ margin: 0 }}>
                    <InputNumber min={0} precision={3} style={{ width: 110 }} aria-label={`${l.partNo} ${t('stocktaking.counted')}`} />
                  </Form.Item>
                ) : (
                  (l.counted ?? '—')
                ),
            },
            {
              title: t('stocktaking.cols.variance2'),
              align: 'right',
              width: 80,
              render: (_, l) =>
                l.variance === null ? (
                  '—'
                ) : (
                  <Typography.Text type={l.variance < 0 ? 'danger' : undefined}>{l.variance > 0 ? `+${l.variance}` : l.variance}</Typography.Text>
                ),
            },
            { title: t('stocktaking.cols.value'), align: 'right', width: 110, render: (_, l) => (l.varianceFen === null ? '—' : formatYuan(l.varianceFen)) },
            {
              title: t('stocktaking.cols.countedAt'),
              width: 170,
              render: (_, l) => (l.countedAt ? `${formatShortDateTime(l.countedAt)} ${l.countedByName}` : '—'),
            },
          ]}
        />
      </Form>
    </>
  );
}
