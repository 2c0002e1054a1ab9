import { useEffect, useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useSession } from '../../../session/SessionContext';
import { CAUSE_CATEGORIES, useCauseLabel } from '../causes';
import type { ImprovementAction } from '../types';
import { usePeople } from '../usePeople';
import { useRun } from '../useRun';

interface Values {
  causeCategory: string;
  title: string;
  description?: string;
  ownerEmployeeId?: string | null;
  dueOn?: Dayjs | null;
}

/** Create or edit an improvement action: the cause it addresses, what will be done, by whom, by when. */
export function ImprovementDrawer({ open, item, onClose, onSaved }: { open: boolean; item?: ImprovementAction; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const causeLabel = useCauseLabel();
  const people = usePeople(pointId, open);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const run = useRun(onSaved);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (item) form.setFieldsValue({ ...item, dueOn: item.dueOn ? dayjs(item.dueOn) : null });
  }, [open, item, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = {
      causeCategory: v.causeCategory, title: v.title, description: v.description ?? '', ownerEmployeeId: v.ownerEmployeeId ?? null,
      dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
    };
    setBusy(true);
    await run(() => (item ? api.patch(`/improvement-actions/${item.id}`, { ...body, version: item.version }) : api.post('/improvement-actions', { ...body, servicePointId: pointId })), { form });
    setBusy(false);
  };

  const causes = [...new Set([...CAUSE_CATEGORIES, ...(item ? [item.causeCategory] : [])])];
  return (
    <Drawer open={open} onClose={onClose} size={520} destroyOnHidden title={item ? t('crm.improvement.editTitle') : t('crm.improvement.new')}
      footer={<Space style={{ float: 'right' }}><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={busy} onClick={submit} data-testid="improvement-save">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" data-testid="improvement-form">
        <Form.Item name="causeCategory" label={t('ticket.causeCategory')} rules={[{ required: true, message: t('crm.improvement.causeRequired') }]}>
          <Select options={causes.map((c) => ({ value: c, label: causeLabel(c) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('crm.improvement.title')} rules={[{ required: true, whitespace: true, message: t('crm.improvement.titleRequired') }]}>
          <Input maxLength={120} placeholder={t('crm.improvement.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('crm.improvement.description')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="ownerEmployeeId" label={t('crm.improvement.owner')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={people.loading} options={people.employeeOptions} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('crm.improvement.dueOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
