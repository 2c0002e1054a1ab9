import { useMemo } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { FormDrawer } from '../../../components/FormDrawer';
import { useSession } from '../../../session/SessionContext';
import { CAUSE_CATEGORIES, useCauseLabel } from '../causes';
import type { ImprovementAction } from '../types';
import { usePeople } from '../usePeople';

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
  const initialValues = useMemo<Partial<Values> | undefined>(() => (item ? { ...item, dueOn: item.dueOn ? dayjs(item.dueOn) : null } : undefined), [item]);

  const submit = (v: Values) => {
    const body = {
      causeCategory: v.causeCategory,
      title: v.title,
      description: v.description ?? '',
      ownerEmployeeId: v.ownerEmployeeId ?? null,
      dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
    };
    return item
      ? callApi('patch', '/improvement-actions/{id}', { params: { id: item.id }, body: { ...body, version: item.version } })
      : callApi('post', '/improvement-actions', { body: { ...body, servicePointId: pointId } });
  };

  const causes = [...new Set([...CAUSE_CATEGORIES, ...(item ? [item.causeCategory] : [])])];
  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      size={520}
      title={item ? t('crm.improvement.editTitle') : t('crm.improvement.new')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onSaved}
      invalidate={['/improvement-actions']}
      testId="improvement-form"
      saveTestId="improvement-save"
    >
      <Form.Item name="causeCategory" label={t('ticket.causeCategory')} rules={[{ required: true, message: t('crm.improvement.causeRequired') }]}>
        <Select options={causes.map((c) => ({ value: c, label: causeLabel(c) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('crm.improvement.title')} rules={[{ required: true, whitespace: true, message: t('crm.improvement.titleRequired') }]}>
        <Input maxLength={120} placeholder={t('crm.improvement.titlePlaceholder')} aria-label={t('crm.improvement.titlePlaceholder')} />
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
    </FormDrawer>
  );
}
