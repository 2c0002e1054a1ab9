import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useReportError } from '../../lib/errors';
import { useSession } from '../../session/SessionContext';
import type { components } from '../../api/openapi.gen';
import { RectificationList } from './PointAdminDrawer';

type Item = components['schemas']['Scorecard']['items'][number];

/** Every rectification action in scope, open ones first by due date. */
export function RectificationsTable() {
  const { can } = useSession();
  const q = useApiQuery('/network/rectifications');
  return <RectificationList items={q.data?.items ?? []} manage={can('network.manage')} />;
}

/** The scorecards HQ configures: items, weights (adding up to 100), sampling or pass/fail. */
export function ScorecardsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const report = useReportError();
  const q = useApiQuery('/network/scorecards');
  const create = useApiMutation('post', '/network/scorecards');
  const [open, setOpen] = useState(false);
  return (
    <>
      {can('network.manage') && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>
          {t('netadmin.newCard')}
        </Button>
      )}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {(q.data?.items ?? []).map((c) => (
          <Card key={c.id} size="small" title={c.nameZh} extra={c.active ? null : <Tag>—</Tag>}>
            <Table<Item>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={c.items}
              columns={[
                { title: t('netadmin.itemName'), dataIndex: 'nameZh' },
                { title: t('netadmin.weight'), dataIndex: 'weight', width: 80, align: 'right' },
                { title: t('netadmin.method'), dataIndex: 'method', width: 120, render: (m: Item['method']) => t(`netadmin.methods.${m}`) },
              ]}
            />
          </Card>
        ))}
      </Space>
      <FormModal<{ nameZh: string; items: Item[] }>
        open={open}
        width={720}
        title={t('netadmin.newCard')}
        initialValues={{ items: [{ key: 'item-1', nameZh: '', weight: 100, method: 'passfail' }] }}
        onClose={() => setOpen(false)}
        onSubmit={async (v, form) => {
          try {
            await create.mutateAsync({ body: v });
            return true;
          } catch (e) {
            report(e, form);
            return false;
          }
        }}
      >
        <Form.Item name="nameZh" label={t('netadmin.nameZh')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {(form) => {
            const s = ((form.getFieldValue('items') ?? []) as Item[]).reduce((a, i) => a + (Number(i?.weight) || 0), 0);
            return <Typography.Text type={Math.abs(s - 100) < 1e-6 ? 'success' : 'danger'}>{t('netadmin.weightSum', { sum: s })}</Typography.Text>;
          }}
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'key']} label={t('netadmin.itemKey')} rules={[{ required: true }]}>
                    <Input style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameZh']} label={t('netadmin.itemName')} rules={[{ required: true }]}>
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} label={t('netadmin.weight')} rules={[{ required: true }]}>
                    <InputNumber style={{ width: 80 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'method']} label={t('netadmin.method')}>
                    <Select style={{ width: 130 }} options={(['passfail', 'sampled'] as const).map((m) => ({ value: m, label: t(`netadmin.methods.${m}`) }))} />
                  </Form.Item>
                  <Button type="text" aria-label={t('netadmin.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ key: `item-${fields.length + 1}`, nameZh: '', weight: 0, method: 'passfail' })}
              >
                {t('netadmin.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>
    </>
  );
}
