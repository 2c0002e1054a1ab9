import { useState } from 'react';
import { Button, Card, Drawer, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { applyFieldErrors } from '../../api/form-errors';
import { useSession } from '../../session/SessionContext';
import type { components } from '../../api/openapi.gen';

type Policy = components['schemas']['WarrantyPolicy'];
type Terms = components['schemas']['WarrantyPolicyTerms'];

/** 三包政策 per model family (HQ): 包修期, 三包有效期, wear parts with their own periods, n. */
export default function PoliciesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = useApiQuery('/warranty/policies');
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('wty.policies')}
        </Typography.Title>
      }
      extra={
        can('warranty.policies') ? (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('wty.newPolicy')}
          </Button>
        ) : null
      }
    >
      <Table<Policy>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('wty.family'), dataIndex: 'modelFamily', key: 'family' },
          { title: t('wty.baoxiu'), key: 'bx', render: (_, r) => t('wty.term', { months: r.terms.baoxiu.months, km: r.terms.baoxiu.km.toLocaleString() }) },
          { title: t('wty.sanbao'), key: 'sb', render: (_, r) => t('wty.term', { months: r.terms.sanbao.months, km: r.terms.sanbao.km.toLocaleString() }) },
          {
            title: t('wty.wearParts'),
            key: 'wear',
            render: (_, r) => (r.terms.wearParts ?? []).map((w) => <Tag key={w.partNo}>{`${w.nameZh} ${w.months}月/${w.km}km`}</Tag>),
          },
          { title: 'n', key: 'n', render: (_, r) => `${(r.terms.usageCoefficientBp / 100).toFixed(2)}%` },
          { title: t('wty.keptAt'), dataIndex: 'pointName', key: 'point' },
          {
            title: '',
            key: 'edit',
            render: (_, r) =>
              r.editable ? (
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('wty.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing ? <PolicyDrawer policy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

const DEFAULT_TERMS: Terms = {
  baoxiu: { months: 36, km: 60_000 },
  sanbao: { months: 24, km: 50_000 },
  mainParts: [],
  specialParts: [],
  wearParts: [],
  usageCoefficientBp: 50,
};

function PolicyDrawer({ policy, onClose }: { policy: Policy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useApiMutation('post', '/warranty/policies');
  const update = useApiMutation('put', '/warranty/policies/{id}');
  const submit = async (v: { modelFamily: string; terms: Terms }) => {
    const terms = { ...(policy?.terms ?? DEFAULT_TERMS), ...v.terms };
    try {
      if (policy) await update.mutateAsync({ params: { id: policy.id }, body: { version: policy.version, terms } });
      else await create.mutateAsync({ body: { modelFamily: v.modelFamily, terms } });
      onClose();
    } catch (e) {
      applyFieldErrors(form, e);
    }
  };
  const num = (name: (string | number)[], label: string, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={max} />
    </Form.Item>
  );
  return (
    <Drawer open onClose={onClose} width={640} title={policy ? `${t('wty.edit')} ${policy.modelFamily}` : t('wty.newPolicy')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ modelFamily: policy?.modelFamily ?? '', terms: policy?.terms ?? DEFAULT_TERMS }}>
        <Form.Item name="modelFamily" label={t('wty.family')} rules={[{ required: true }]}>
          <Input disabled={!!policy} maxLength={40} />
        </Form.Item>
        <Space wrap>
          {num(['terms', 'baoxiu', 'months'], t('wty.baoxiuMonths'), 240)}
          {num(['terms', 'baoxiu', 'km'], t('wty.baoxiuKm'), 2_000_000)}
          {num(['terms', 'sanbao', 'months'], t('wty.sanbaoMonths'), 240)}
          {num(['terms', 'sanbao', 'km'], t('wty.sanbaoKm'), 2_000_000)}
          {num(['terms', 'usageCoefficientBp'], t('wty.nBp'), 50)}
        </Space>
        <Typography.Title level={5}>{t('wty.wearParts')}</Typography.Title>
        <Form.List name={['terms', 'wearParts']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'partNo']} rules={[{ required: true }]}>
                    <Input placeholder={t('wty.partNo')} aria-label={t('wty.partNo')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameZh']} rules={[{ required: true }]}>
                    <Input placeholder={t('wty.partName')} aria-label={t('wty.partName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'months']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={240} placeholder={t('wty.months')} aria-label={t('wty.months')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'km']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={2_000_000} placeholder="km" aria-label="km" />
                  </Form.Item>
                  <Button type="text" aria-label={t('wty.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ months: 6, km: 10_000 })}>
                {t('wty.addWear')}
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t('wty.save')}
          </Button>
        </div>
      </Form>
    </Drawer>
  );
}
