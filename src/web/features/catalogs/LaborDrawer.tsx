import { useMemo } from 'react';
import { Button, Col, Divider, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TRADES, type Trade } from '../../../domain/org/templates/types';
import { REPAIR_CATEGORIES, type RepairCategory } from '../../../domain/work-orders/guarantee';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../session/SessionContext';
import { categoryLabel, type LaborOperation } from './types';

interface Values {
  code: string;
  name: string;
  trade: Trade;
  category: RepairCategory;
  defaultHours: number;
  requiredCertificate?: string;
  isActive?: boolean;
  families?: { family?: string; hours?: number }[];
}

interface Props {
  open: boolean;
  op?: LaborOperation;
  onClose: () => void;
  onSaved: () => void;
  onStale: () => void;
}

const toValues = (o?: LaborOperation): Partial<Values> =>
  o
    ? {
        code: o.code,
        name: o.name,
        trade: o.trade,
        category: o.category,
        defaultHours: o.defaultHours,
        requiredCertificate: o.requiredCertificate ?? '',
        isActive: o.isActive,
        families: Object.entries(o.hoursByFamily ?? {}).map(([family, hours]) => ({ family, hours })),
      }
    : { category: 'minor', isActive: true, families: [] };

/** Create or edit a labor operation; hours per model family override the default hours. */
export function LaborDrawer({ open, op, onClose, onSaved, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { pointId } = useSession();
  const initialValues = useMemo(() => toValues(op), [op]);

  const submit = (v: Values) => {
    const hoursByFamily = Object.fromEntries((v.families ?? []).filter((f) => f.family?.trim() && f.hours != null).map((f) => [f.family!.trim(), f.hours!]));
    const body = {
      code: v.code,
      name: v.name,
      trade: v.trade,
      category: v.category,
      defaultHours: v.defaultHours,
      hoursByFamily,
      requiredCertificate: v.requiredCertificate?.trim() || null,
      isActive: v.isActive ?? true,
    };
    return op
      ? callApi('patch', '/labor-operations/{id}', { params: { id: op.id }, body: { ...body, version: op.version } })
      : callApi('post', '/labor-operations', { body: { ...body, servicePointId: pointId } });
  };

  const hours = <InputNumber min={0.001} max={500} step={0.1} suffix="h" style={{ width: '100%' }} />;
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={op ? t('catalog.laborEdit', { name: op.name }) : t('catalog.laborNew')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onStale}
      invalidate={['/labor-operations']}
      rename={(p) => (p.startsWith('hoursByFamily') ? 'families' : undefined)}
      testId="labor-form"
      saveTestId="labor-save"
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="code"
            label={t('catalog.code')}
            rules={[
              { required: true, message: t('catalog.codeRequired') },
              { pattern: /^[A-Za-z0-9._-]{1,30}$/, message: t('catalog.codeRule') },
            ]}
          >
            <Input maxLength={30} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={t('catalog.laborName')} rules={[{ required: true, whitespace: true, message: t('catalog.nameRequired') }]}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="trade" label={t('catalog.trade')} rules={[{ required: true, message: t('catalog.tradeRequired') }]}>
            <Select options={TRADES.map((x) => ({ value: x, label: t(`trade.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="category" label={t('catalog.category')}>
            <Select options={REPAIR_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, i18n.language) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="defaultHours" label={t('catalog.defaultHours')} rules={[{ required: true, message: t('catalog.hoursRequired') }]}>
            {hours}
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="requiredCertificate" label={t('catalog.requiredCertificate')} extra={t('catalog.requiredCertificateHint')}>
            <Input maxLength={40} placeholder={t('catalog.requiredCertificatePlaceholder')} data-testid="labor-required-certificate" />
          </Form.Item>
        </Col>
        {op && (
          <Col span={8}>
            <Form.Item name="isActive" label={t('catalog.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('catalog.hoursByFamily')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('catalog.hoursByFamilyHint')}
      </Typography.Paragraph>
      <Form.List name="families">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row key={f.key} gutter={8}>
                <Col span={13}>
                  <Form.Item name={[f.name, 'family']} rules={[{ required: true, whitespace: true, message: t('catalog.familyRequired') }]}>
                    <Input placeholder={t('catalog.family')} maxLength={40} aria-label={t('catalog.family')} />
                  </Form.Item>
                </Col>
                <Col span={9}>
                  <Form.Item name={[f.name, 'hours']} rules={[{ required: true, message: t('catalog.hoursRequired') }]}>
                    {hours}
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="labor-add-family">
              {t('catalog.addFamily')}
            </Button>
          </>
        )}
      </Form.List>
    </FormDrawer>
  );
}
