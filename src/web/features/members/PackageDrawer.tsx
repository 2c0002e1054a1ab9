import { useMemo } from 'react';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { fenToYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { ItemSelect } from './ItemSelect';
import type { ServicePackage } from './types';

interface Item {
  kind: 'labor' | 'parts';
  refId?: string;
  label?: string;
  qty?: number;
}
interface Values {
  code: string;
  name: string;
  modelFamily?: string;
  priceYuan: number;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  isActive?: boolean;
  items: Item[];
}

const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
const toValues = (p?: ServicePackage): Partial<Values> =>
  p
    ? {
        code: p.code,
        name: p.name,
        modelFamily: p.modelFamily,
        priceYuan: fenToYuan(p.priceFen),
        validFrom: p.validFrom ? dayjs(p.validFrom) : null,
        validTo: p.validTo ? dayjs(p.validTo) : null,
        isActive: p.isActive,
        items: p.items.map((i) => ({
          kind: i.kind,
          refId: (i.kind === 'labor' ? i.laborOperationId : i.partId) ?? undefined,
          label: `${i.code} ${i.name}`,
          qty: i.qty,
        })),
      }
    : { isActive: true, items: [] };

/** Create or edit a service package: its labor and parts (with quantities), model family, price and validity. */
export function PackageDrawer({ open, pkg, onClose }: { open: boolean; pkg?: ServicePackage; onClose: () => void }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [form] = Form.useForm<Values>();
  const initialValues = useMemo(() => toValues(pkg), [pkg]);
  const submit = (v: Values) => {
    const body = {
      name: v.name,
      modelFamily: v.modelFamily?.trim() ?? '',
      priceFen: yuanToFen(v.priceYuan) ?? 0,
      validFrom: day(v.validFrom),
      validTo: day(v.validTo),
      isActive: v.isActive ?? true,
      items: (v.items ?? []).map((i) =>
        i.kind === 'labor' ? { kind: 'labor' as const, laborOperationId: i.refId, qty: 1 } : { kind: 'parts' as const, partId: i.refId, qty: i.qty ?? 1 },
      ),
    };
    return pkg
      ? callApi('patch', '/service-packages/{id}', { params: { id: pkg.id }, body: { ...body, version: pkg.version } })
      : callApi('post', '/service-packages', { body: { ...body, code: v.code, servicePointId: pointId } });
  };
  return (
    <FormDrawer<Values>
      form={form}
      open={open}
      onClose={onClose}
      size={640}
      title={pkg ? t('members.packageEdit', { name: pkg.name }) : t('members.packageNew')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onClose}
      onStale={onClose}
      invalidate={['/service-packages']}
      rename={{ priceFen: 'priceYuan' }}
      testId="package-form"
      saveTestId="package-save"
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="code" label={t('members.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{1,30}$/, message: t('members.codeRule') }]}>
            <Input maxLength={30} disabled={!!pkg} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={t('members.name')} rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="modelFamily" label={t('members.modelFamily')}>
            <Input maxLength={40} placeholder={t('members.allModels')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priceYuan" label={t('members.packagePrice')} rules={[{ required: true, message: t('members.amountRequired') }]}>
            <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="isActive" label={t('members.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="validFrom" label={t('members.validFrom')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="validTo" label={t('members.validTo')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('members.items')} required>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => {
                const kind = form.getFieldValue(['items', f.name, 'kind']) as Item['kind'];
                return (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 6 }} align="start">
                    <Form.Item name={[f.name, 'refId']} noStyle rules={[{ required: true, message: t('members.itemRequired') }]}>
                      <ItemSelect kind={kind} initialLabel={form.getFieldValue(['items', f.name, 'label'])} ariaLabel={`${t('members.items')} ${i + 1}`} />
                    </Form.Item>
                    {kind === 'parts' && (
                      <Form.Item name={[f.name, 'qty']} noStyle initialValue={1}>
                        <InputNumber min={0.001} max={10_000} style={{ width: 90 }} aria-label={`${t('members.qty')} ${i + 1}`} />
                      </Form.Item>
                    )}
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                );
              })}
              <Space>
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'labor' })} data-testid="package-add-labor">
                  {t('members.addLabor')}
                </Button>
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'parts', qty: 1 })} data-testid="package-add-part">
                  {t('members.addPart')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormDrawer>
  );
}
