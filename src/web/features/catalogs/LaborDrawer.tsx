import { useEffect, useState } from 'react';
import { App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../domain/org/templates/types';
import { REPAIR_CATEGORIES } from '../../../domain/work-orders/guarantee';
import { api } from '../../api/client';
import { isConflict, useReportError } from '../../lib/errors';
import { useSession } from '../../session/SessionContext';
import { categoryLabel, type LaborOperation } from './types';

interface Values {
  code: string;
  name: string;
  trade: string;
  category: string;
  defaultHours: number;
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
  o ? { code: o.code, name: o.name, trade: o.trade, category: o.category, defaultHours: o.defaultHours, isActive: o.isActive, families: Object.entries(o.hoursByFamily).map(([family, hours]) => ({ family, hours })) }
    : { category: 'minor', isActive: true, families: [] };

/** Create or edit a labor operation; hours per model family override the default hours. */
export function LaborDrawer({ open, op, onClose, onSaved, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { pointId } = useSession();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toValues(op));
  }, [open, op, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const hoursByFamily = Object.fromEntries((v.families ?? []).filter((f) => f.family?.trim() && f.hours != null).map((f) => [f.family!.trim(), f.hours!]));
    const body = { code: v.code, name: v.name, trade: v.trade, category: v.category, defaultHours: v.defaultHours, hoursByFamily, isActive: v.isActive ?? true };
    setBusy(true);
    try {
      if (op) await api.patch(`/labor-operations/${op.id}`, { ...body, version: op.version });
      else await api.post('/labor-operations', { ...body, servicePointId: pointId });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (isConflict(e)) {
        message.error(t('common.staleVersion'));
        onStale();
      } else report(e, form, { rename: (p) => (p.startsWith('hoursByFamily') ? 'families' : undefined) });
    } finally {
      setBusy(false);
    }
  };

  const hours = (
    <InputNumber min={0.001} max={500} step={0.1} suffix="h" style={{ width: '100%' }} />
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      title={op ? t('catalog.laborEdit', { name: op.name }) : t('catalog.laborNew')}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit} data-testid="labor-save">{t('common.save')}</Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" data-testid="labor-form">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('catalog.code')} rules={[{ required: true, message: t('catalog.codeRequired') }, { pattern: /^[A-Za-z0-9._-]{1,30}$/, message: t('catalog.codeRule') }]}>
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
            <Form.Item name="defaultHours" label={t('catalog.defaultHours')} rules={[{ required: true, message: t('catalog.hoursRequired') }]}>{hours}</Form.Item>
          </Col>
          {op && (
            <Col span={8}>
              <Form.Item name="isActive" label={t('catalog.active')} valuePropName="checked"><Switch /></Form.Item>
            </Col>
          )}
        </Row>
        <Divider titlePlacement="start" plain>{t('catalog.hoursByFamily')}</Divider>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('catalog.hoursByFamilyHint')}</Typography.Paragraph>
        <Form.List name="families">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8}>
                  <Col span={13}>
                    <Form.Item name={[f.name, 'family']} rules={[{ required: true, whitespace: true, message: t('catalog.familyRequired') }]}>
                      <Input placeholder={t('catalog.family')} maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item name={[f.name, 'hours']} rules={[{ required: true, message: t('catalog.hoursRequired') }]}>{hours}</Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="labor-add-family">{t('catalog.addFamily')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
