import { useMemo } from 'react';
import { DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { fenToYuan, yuanToFen } from '../../lib/format';
import { CatalogSearch } from './CatalogSearch';
import type { ExtraWork } from './types';

interface ItemValues {
  kind: 'labor' | 'parts';
  refId: string;
  label: string;
  hours?: number;
  qty?: number;
  priceYuan?: number;
}
interface Values {
  items: ItemValues[];
  promisedAt?: Dayjs | null;
}

/** The advisor prices an 增项: each item's hours and rate (labor) or quantity and unit price (parts), and the new promise. */
export function PriceDrawer({ request, onClose }: { request: ExtraWork | null; onClose: () => void }) {
  const { t } = useTranslation();
  const initialValues = useMemo<Values>(
    () => ({
      items: (request?.items ?? []).map((i) => ({
        kind: i.kind,
        refId: (i.kind === 'labor' ? i.laborOperationId : i.partId) ?? '',
        label: `${i.code} ${i.name}`,
        hours: i.hours ?? undefined,
        qty: i.qty ?? undefined,
        priceYuan: fenToYuan(i.kind === 'labor' ? i.rateFen : i.unitPriceFen),
      })),
      promisedAt: request?.proposedPromisedAt ? dayjs(request.proposedPromisedAt) : null,
    }),
    [request],
  );
  const submit = (v: Values) =>
    callApi('put', '/extra-work/{id}/pricing', {
      params: { id: request!.id },
      body: {
        version: request!.version,
        items: v.items.map((i) =>
          i.kind === 'labor'
            ? { kind: 'labor' as const, laborOperationId: i.refId, hours: i.hours, rateFen: yuanToFen(i.priceYuan) }
            : { kind: 'parts' as const, partId: i.refId, qty: i.qty ?? 1, unitPriceFen: yuanToFen(i.priceYuan) },
        ),
        promisedAt: v.promisedAt ? v.promisedAt.toISOString() : null,
      },
    });
  return (
    <FormDrawer<Values>
      open={!!request}
      title={t('xw.priceTitle', { number: request?.number ?? '' })}
      onClose={onClose}
      initialValues={initialValues}
      submit={submit}
      onSaved={onClose}
      onStale={onClose}
      invalidate={['/extra-work']}
      success={t('xw.priced')}
      testId="xw-price-form"
      saveTestId="xw-price-save"
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <PriceRow key={field.key} name={field.name} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
            ))}
            <Space wrap style={{ marginBottom: 16 }}>
              <CatalogSearch kind="labor" placeholder={t('wo.addLabor')} onChange={(id, label) => id && add({ kind: 'labor', refId: id, label })} />
              <CatalogSearch kind="parts" placeholder={t('wo.addParts')} onChange={(id, label) => id && add({ kind: 'parts', refId: id, label, qty: 1 })} />
            </Space>
          </>
        )}
      </Form.List>
      <Form.Item name="promisedAt" label={t('xw.promisedAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </FormDrawer>
  );
}

function PriceRow({ name, onRemove }: { name: number; onRemove?: () => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  // preserve: the row's kind, id and label are kept in hidden fields of the store.
  const item = Form.useWatch(['items', name], { form, preserve: true }) as ItemValues | undefined;
  if (!item) return null;
  const labor = item.kind === 'labor';
  return (
    <div style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }} data-testid="xw-price-row">
      {(['kind', 'refId', 'label'] as const).map((k) => (
        <Form.Item key={k} name={[name, k]} hidden>
          <Input />
        </Form.Item>
      ))}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>{item.label || t(labor ? 'xw.laborOperation' : 'xw.parts')}</Typography.Text>
        {onRemove && (
          <Typography.Link onClick={onRemove} aria-label={`${t('xw.remove')} ${item.label}`}>
            {t('xw.remove')}
          </Typography.Link>
        )}
      </Space>
      <Space wrap>
        <Form.Item name={[name, labor ? 'hours' : 'qty']} label={labor ? t('xw.hours') : t('xw.qty')} rules={[{ required: !labor }]}>
          <InputNumber min={0.001} max={9999} step={0.1} />
        </Form.Item>
        <Form.Item name={[name, 'priceYuan']} label={labor ? t('xw.rate') : t('xw.unitPrice')}>
          <InputNumber min={0} max={1_000_000} precision={2} />
        </Form.Item>
      </Space>
    </div>
  );
}
