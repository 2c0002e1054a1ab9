import { useEffect, useState } from 'react';
import { Button, Card, Form, InputNumber, Input, Result, Space, Table, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { fenToYuan, formatYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { useWoRun } from '../work-orders/useWoRun';
import type { MemberLevel } from './types';

type LevelValues = { name: string; laborDiscountPct: number; partsDiscountPct: number; sortOrder?: number };

/** 会员等级 (discounts on labor and parts) and the top-up bonus rules (充 1000 送 100). */
export default function LevelsPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const canEdit = can('settings.manage');
  const levels = useApiQuery('/member-levels', { query: { servicePointId: pointId }, enabled: !!pointId });
  const rules = useApiQuery('/top-up-rules', { query: { servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/member-levels', '/top-up-rules');
  const run = useWoRun(reload, reload);
  const [editing, setEditing] = useState<MemberLevel | 'new' | null>(null);
  const [form] = Form.useForm<{ rules: { minYuan?: number; bonusYuan?: number }[] }>();
  useEffect(() => {
    if (rules.data) form.setFieldsValue({ rules: rules.data.items.map((r) => ({ minYuan: fenToYuan(r.minAmountFen), bonusYuan: fenToYuan(r.bonusFen) })) });
  }, [rules.data, form]);
  if (levels.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(levels.error as Error).message} />;
  const lv = editing === 'new' ? undefined : (editing ?? undefined);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('members.levels')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="level-new">
              {t('members.levelNew')}
            </Button>
          )
        }
      >
        <Table<MemberLevel>
          size="small"
          rowKey="id"
          loading={levels.isLoading}
          dataSource={levels.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t('members.name'),
              dataIndex: 'name',
              render: (v: string, r) => (canEdit ? <Typography.Link onClick={() => setEditing(r)}>{v}</Typography.Link> : v),
            },
            { title: t('members.laborDiscount'), dataIndex: 'laborDiscountPct', width: 140, align: 'right' },
            { title: t('members.partsDiscount'), dataIndex: 'partsDiscountPct', width: 140, align: 'right' },
            { title: t('members.sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('members.rules')}>
        <Typography.Paragraph type="secondary">{t('members.rulesHint')}</Typography.Paragraph>
        <Form
          form={form}
          disabled={!canEdit}
          onFinish={(v) =>
            void run(() =>
              callApi('put', '/top-up-rules', {
                body: {
                  servicePointId: pointId,
                  rules: (v.rules ?? []).map((r) => ({ minAmountFen: yuanToFen(r.minYuan) ?? 0, bonusFen: yuanToFen(r.bonusYuan) ?? 0 })),
                },
              }),
            )
          }
        >
          <Form.List name="rules">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 6 }}>
                    <Form.Item name={[f.name, 'minYuan']} label={t('members.ruleMin')} rules={[{ required: true, message: t('members.amountRequired') }]}>
                      <InputNumber min={0.01} precision={2} prefix="¥" aria-label={`${t('members.ruleMin')} ${i + 1}`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'bonusYuan']} label={t('members.ruleBonus')} rules={[{ required: true, message: t('members.amountRequired') }]}>
                      <InputNumber min={0} precision={2} prefix="¥" aria-label={`${t('members.ruleBonus')} ${i + 1}`} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Space>
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('members.addRule')}
                  </Button>
                  <Button size="small" type="primary" htmlType="submit">
                    {t('members.saveRules')}
                  </Button>
                  <Typography.Text type="secondary">
                    {(rules.data?.items ?? []).map((r) => t('members.rule', { min: formatYuan(r.minAmountFen), bonus: formatYuan(r.bonusFen) })).join(';')}
                  </Typography.Text>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      </Card>
      <FormModal<LevelValues>
        open={editing !== null}
        title={lv ? t('members.levelEdit', { name: lv.name }) : t('members.levelNew')}
        onClose={() => setEditing(null)}
        initialValues={lv ?? { laborDiscountPct: 0, partsDiscountPct: 0, sortOrder: 0 }}
        onSubmit={async (v) =>
          !!(await run(() =>
            lv
              ? callApi('patch', '/member-levels/{id}', { params: { id: lv.id }, body: { ...v, version: lv.version } })
              : callApi('post', '/member-levels', { body: { ...v, servicePointId: pointId } }),
          ))
        }
      >
        <Form.Item name="name" label={t('members.name')} rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="laborDiscountPct" label={t('members.laborDiscount')}>
          <InputNumber min={0} max={100} precision={2} />
        </Form.Item>
        <Form.Item name="partsDiscountPct" label={t('members.partsDiscount')}>
          <InputNumber min={0} max={100} precision={2} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('members.sortOrder')}>
          <InputNumber min={0} max={1000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
