import { useEffect } from 'react';
import { Button, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatYuan, yuanToFen } from '../../lib/format';
import { useRun } from '../crm/useRun';
import { qty, type Location, type StockLevel } from './types';

export type StockDrawerMode = { kind: 'receipt' | 'adjust'; part: StockLevel };

/** 入库 (qty, unit cost in yuan) and 盘点调整 (counted qty, reason) for one part at one location. */
export function StockDrawer({ mode, locations, onClose, onDone }: { mode: StockDrawerMode | null; locations: Location[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const run = useRun(onDone);
  const part = mode?.part;
  useEffect(() => {
    if (!part) return;
    form.resetFields();
    const loc = part.locations[0]?.locationId ?? locations[0]?.id;
    form.setFieldsValue({ locationId: loc, unitCostYuan: part.costPriceFen / 100, countedQty: part.locations[0]?.onHand });
  }, [part, form, locations]);
  if (!mode || !part) return <Drawer open={false} />;
  const isReceipt = mode.kind === 'receipt';
  const onHandAt = (id: string) => part.locations.find((l) => l.locationId === id);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(() => (isReceipt
      ? api.post('/stock/receipts', { partId: part.partId, locationId: v.locationId, qty: v.qty, unitCostFen: yuanToFen(v.unitCostYuan) })
      : api.post('/stock/adjustments', { partId: part.partId, locationId: v.locationId, countedQty: v.countedQty, reason: v.reason })), { form, success: t(isReceipt ? 'parts.received' : 'parts.adjusted') });
    if (ok) onClose();
  };

  return (
    <Drawer open width={440} onClose={onClose} destroyOnHidden title={t(isReceipt ? 'parts.receiptTitle' : 'parts.adjustTitle', { name: part.name })}
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" onClick={submit} data-testid="stock-submit">{t('common.save')}</Button></Space>}>
      <Typography.Paragraph type="secondary">{part.partNo} · {t('parts.cols.onHand')} {qty(part.onHand)} {part.unit} · {t('parts.cols.reserved')} {qty(part.reserved)} · {t('parts.avgCost')} {formatYuan(part.costPriceFen)}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(c) => { if (!isReceipt && c.locationId) form.setFieldValue('countedQty', onHandAt(c.locationId)?.onHand ?? 0); }}>
        <Form.Item name="locationId" label={t('parts.location')} rules={[{ required: true, message: t('parts.locationRequired') }]}>
          <Select showSearch optionFilterProp="label" options={locations.map((l) => ({ value: l.id, label: `${l.code}${l.name ? ` ${l.name}` : ''}${onHandAt(l.id) ? ` (${qty(onHandAt(l.id)!.onHand)})` : ''}` }))} />
        </Form.Item>
        {isReceipt ? (
          <>
            <Form.Item name="qty" label={`${t('parts.qty')}(${part.unit})`} rules={[{ required: true, message: t('parts.qtyRequired') }]}>
              <InputNumber min={0.001} step={1} precision={3} style={{ width: '100%' }} autoFocus />
            </Form.Item>
            <Form.Item name="unitCostYuan" label={t('parts.unitCost')} rules={[{ required: true, message: t('parts.costRequired') }]} extra={t('parts.unitCostHint')}>
              <InputNumber min={0} step={1} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="countedQty" label={`${t('parts.countedQty')}(${part.unit})`} rules={[{ required: true, message: t('parts.qtyRequired') }]}>
              <InputNumber min={0} precision={3} style={{ width: '100%' }} autoFocus />
            </Form.Item>
            <Form.Item name="reason" label={t('parts.reason')} rules={[{ required: true, whitespace: true, message: t('parts.reasonRequired') }]}>
              <Input.TextArea rows={2} maxLength={200} placeholder={t('parts.reasonPlaceholder')} />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
