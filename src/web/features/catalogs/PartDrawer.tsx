import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { fenToYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { Part } from './types';

interface Values {
  partNo: string;
  name: string;
  unit: string;
  brand?: string;
  retailYuan: number;
  costYuan: number;
  isGenuine?: boolean;
  isActive?: boolean;
}

interface Props {
  open: boolean;
  part?: Part;
  onClose: () => void;
  onSaved: () => void;
  onStale: () => void;
}

const RENAME = { retailPriceFen: 'retailYuan', costPriceFen: 'costYuan' };

const toValues = (part?: Part): Partial<Values> =>
  part
    ? {
        partNo: part.partNo,
        name: part.name,
        unit: part.unit,
        brand: part.brand,
        retailYuan: fenToYuan(part.retailPriceFen),
        costYuan: fenToYuan(part.costPriceFen),
        isGenuine: part.isGenuine,
        isActive: part.isActive,
      }
    : { unit: '个', isGenuine: true, isActive: true };

/** Create or edit a part; prices are typed in yuan and sent in fen. */
export function PartDrawer({ open, part, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const initialValues = useMemo(() => toValues(part), [part]);

  const submit = (v: Values) => {
    const body = {
      partNo: v.partNo,
      name: v.name,
      unit: v.unit,
      brand: v.brand ?? '',
      retailPriceFen: yuanToFen(v.retailYuan)!,
      costPriceFen: yuanToFen(v.costYuan)!,
      isGenuine: v.isGenuine ?? true,
      isActive: v.isActive ?? true,
    };
    return part
      ? callApi('patch', '/parts/{id}', { params: { id: part.id }, body: { ...body, version: part.version } })
      : callApi('post', '/parts', { body: { ...body, servicePointId: pointId } });
  };

  const money = <InputNumber min={0} max={10_000_000} step={1} precision={2} prefix="¥" style={{ width: '100%' }} />;
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      size={520}
      title={part ? t('catalog.partEdit', { name: part.name }) : t('catalog.partNew')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onStale}
      invalidate={['/parts', '/stock']}
      rename={RENAME}
      testId="part-form"
      saveTestId="part-save"
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="partNo"
            label={t('catalog.partNo')}
            rules={[
              { required: true, message: t('catalog.partNoRequired') },
              { pattern: /^[A-Za-z0-9./_-]{1,40}$/, message: t('catalog.partNoRule') },
            ]}
          >
            <Input maxLength={40} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="brand" label={t('catalog.brand')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={t('catalog.partName')} rules={[{ required: true, whitespace: true, message: t('catalog.nameRequired') }]}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="unit" label={t('catalog.unit')} rules={[{ required: true, whitespace: true, message: t('catalog.unitRequired') }]}>
            <Input maxLength={8} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="retailYuan" label={t('catalog.retailPrice')} rules={[{ required: true, message: t('catalog.priceRequired') }]}>
            {money}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="costYuan" label={t('catalog.costPrice')} rules={[{ required: true, message: t('catalog.priceRequired') }]}>
            {money}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isGenuine" label={t('catalog.genuine')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {part && (
          <Col span={12}>
            <Form.Item name="isActive" label={t('catalog.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormDrawer>
  );
}
