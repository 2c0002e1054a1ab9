import { useMemo } from 'react';
import { Button, Col, Divider, Form, Input, Radio, Row, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../session/SessionContext';
import type { Contact, Customer } from './types';

interface Values {
  kind: 'person' | 'company';
  name: string;
  uscc?: string | null;
  phone?: string;
  address?: string;
  isVip?: boolean;
  notes?: string;
  contacts?: Partial<Contact>[];
}

interface Props {
  open: boolean;
  customer?: Customer;
  onClose: () => void;
  onSaved: (c: Customer) => void;
  onStale: () => void;
}

const toValues = (c?: Customer): Values =>
  c
    ? { kind: c.kind, name: c.name, uscc: c.uscc, phone: c.phone, address: c.address, isVip: c.isVip, notes: c.notes, contacts: c.contacts }
    : { kind: 'person', name: '', uscc: null, phone: '', address: '', isVip: false, notes: '', contacts: [] };

/** Create or edit a customer: a person or a company (companies carry their unified social credit code). */
export function CustomerDrawer({ open, customer, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const initialValues = useMemo(() => toValues(customer), [customer]);

  const submit = (v: Values) => {
    const body = {
      kind: v.kind,
      name: v.name,
      uscc: v.kind === 'company' ? (v.uscc ?? '').trim().toUpperCase() || null : null,
      phone: v.phone ?? '',
      address: v.address ?? '',
      isVip: !!v.isVip,
      notes: v.notes ?? '',
      contacts: (v.contacts ?? []).filter((c) => c?.name).map((c) => ({ name: c.name!, phone: c.phone ?? '', role: c.role ?? '' })),
    };
    return customer
      ? callApi('patch', '/customers/{id}', { params: { id: customer.id }, body: { ...body, version: customer.version } })
      : callApi('post', '/customers', { body: { ...body, servicePointId: pointId } });
  };

  return (
    <FormDrawer<Values, Customer>
      form={form}
      open={open}
      onClose={onClose}
      size={600}
      title={customer ? t('cust.editTitle', { name: customer.name }) : t('cust.new')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onStale}
      invalidate={['/customers', '/vehicles', '/search']}
      testId="customer-form"
      saveTestId="customer-save"
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="kind" label={t('cust.kind')}>
            <Radio.Group optionType="button" options={(['person', 'company'] as const).map((k) => ({ value: k, label: t(`cust.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="isVip" label={t('cust.isVip')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={kind === 'company' ? 24 : 12}>
          <Form.Item
            name="name"
            label={kind === 'company' ? t('cust.companyName') : t('cust.name')}
            rules={[{ required: true, whitespace: true, message: t('cust.nameRequired') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        {kind === 'company' && (
          <Col span={12}>
            <Form.Item
              name="uscc"
              label={t('cust.uscc')}
              normalize={(s: string) => s?.toUpperCase()}
              rules={[
                { required: true, whitespace: true, message: t('cust.usccRequired') },
                { len: 18, message: t('cust.usccLength') },
              ]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="customer-uscc" />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item name="phone" label={t('cust.phone')}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t('cust.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('cust.contacts')}
      </Divider>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && <Typography.Paragraph type="secondary">{t('cust.noContacts')}</Typography.Paragraph>}
            {fields.map((f) => (
              <Row key={f.key} gutter={8} align="top">
                <Col span={7}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('cust.contactNameRequired') }]}>
                    <Input placeholder={t('cust.contactName')} maxLength={30} aria-label={t('cust.contactName')} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={[f.name, 'phone']}>
                    <Input placeholder={t('cust.contactPhone')} maxLength={20} inputMode="tel" aria-label={t('cust.contactPhone')} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name={[f.name, 'role']}>
                    <Input placeholder={t('cust.contactRole')} maxLength={20} aria-label={t('cust.contactRole')} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Col>
              </Row>
            ))}
            {fields.length < 10 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '', role: '' })} block>
                {t('cust.addContact')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item name="notes" label={t('cust.notes')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDrawer>
  );
}
