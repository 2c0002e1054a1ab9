import { useMemo } from 'react';
import { Drawer, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { formatYuan, yuanToFen } from '../../lib/format';
import { qty, type Location, type StockLevel } from './types';

export type StockDrawerMode = { kind: 'receipt' | 'adjust'; part: StockLevel };

interface Values {
  locationId: string;
  qty?: number;
  unitCostYuan?: number;
  countedQty?: number;
  reason?: string;
}

/** 入库 (qty, unit cost in yuan) and 盘点调整 (counted qty, reason) for one part at one location. */
export function StockDrawer({ mode, locations, onClose }: { mode: StockDrawerMode | null; locations: Location[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const part = mode?.part;
  const initialValues = useMemo<Partial<Values> | undefined>(
    () =>
      part && {
        locationId: part.locations[0]?.locationId ?? locations[0]?.id,
        unitCostYuan: part.costPriceFen / 100,
        countedQty: part.locations[0]?.onHand,
      },
    [part, locations],
  );
  if (!mode || !part) return <Drawer open={false} />;
  const isReceipt = mode.kind === 'receipt';
  const onHandAt = (id: string) => part.locations.find((l) => l.locationId === id);

  const submit = (v: Values) =>
    isReceipt
      ? callApi('post', '/stock/receipts', { body: { partId: part.partId, locationId: v.locationId, qty: v.qty!, unitCostFen: yuanToFen(v.unitCostYuan)! } })
      : callApi('post', '/stock/adjustments', { body: { partId: part.partId, locationId: v.locationId, countedQty: v.countedQty!, reason: v.reason! } });

  return (
    <FormDrawer<Values>
      form={form}
      open
      onClose={onClose}
      size={440}
      title={t(isReceipt ? 'parts.receiptTitle' : 'parts.adjustTitle', { name: part.name })}
      initialValues={initialValues}
      submit={submit}
      onSaved={onClose}
      onStale={onClose}
      success={t(isReceipt ? 'parts.received' : 'parts.adjusted')}
      invalidate={['/stock', '/parts-stats', '/backorders', '/work-orders']}
      buttonsIn="extra"
      saveTestId="stock-submit"
      formProps={{
        onValuesChange: (c: Partial<Values>) => {
          if (!isReceipt && c.locationId) form.setFieldValue('countedQty', onHandAt(c.locationId)?.onHand ?? 0);
        },
      }}
    >
      <Typography.Paragraph type="secondary">
        {part.partNo} · {t('parts.cols.onHand')} {qty(part.onHand)} {part.unit} · {t('parts.cols.reserved')} {qty(part.reserved)} · {t('parts.avgCost')}{' '}
        {formatYuan(part.costPriceFen)}
      </Typography.Paragraph>
      <Form.Item name="locationId" label={t('parts.location')} rules={[{ required: true, message: t('parts.locationRequired') }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={locations.map((l) => ({
            value: l.id,
            label: `${l.code}${l.name ? ` ${l.name}` : ''}${onHandAt(l.id) ? ` (${qty(onHandAt(l.id)!.onHand)})` : ''}`,
          }))}
        />
      </Form.Item>
      {isReceipt ? (
        <>
          <Form.Item name="qty" label={`${t('parts.qty')}(${part.unit})`} rules={[{ required: true, message: t('parts.qtyRequired') }]}>
            <InputNumber min={0.001} step={1} precision={3} style={{ width: '100%' }} autoFocus />
          </Form.Item>
          <Form.Item
            name="unitCostYuan"
            label={t('parts.unitCost')}
            rules={[{ required: true, message: t('parts.costRequired') }]}
            extra={t('parts.unitCostHint')}
          >
            <InputNumber min={0} step={1} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="countedQty" label={`${t('parts.countedQty')}(${part.unit})`} rules={[{ required: true, message: t('parts.qtyRequired') }]}>
            <InputNumber min={0} precision={3} style={{ width: '100%' }} autoFocus />
          </Form.Item>
          <Form.Item name="reason" label={t('parts.reason')} rules={[{ required: true, whitespace: true, message: t('parts.reasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={200} placeholder={t('parts.reasonPlaceholder')} aria-label={t('parts.reasonPlaceholder')} />
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
