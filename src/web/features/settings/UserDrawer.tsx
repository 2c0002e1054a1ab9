import { useEffect, useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/org';
import { api } from '../../api/client';
import { isConflict, useReportError } from '../../lib/errors';
import { nameOf } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { useSession } from '../../session/SessionContext';
import type { UserItem } from './types';

interface Values {
  username: string;
  displayName: string;
  password?: string;
  servicePointId: string;
  employeeId?: string | null;
  isSuperuser?: boolean;
  isActive?: boolean;
}

interface Props {
  open: boolean;
  user?: UserItem;
  onClose: () => void;
  onSaved: () => void;
}

/** Create a user, or change name, employee link, password, or disable one. */
export function UserDrawer({ open, user, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { points, me } = useSession();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const pointId = Form.useWatch('servicePointId', form) ?? user?.servicePointId;
  const employees = useApi<{ items: Employee[] }>(open && pointId ? '/employees' : null, { servicePointId: pointId, pageSize: 500 });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(user ? { ...user, password: '' } : { servicePointId: me?.servicePointId, isSuperuser: false, employeeId: null });
  }, [open, user, form, me]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (user) {
        await api.patch(`/users/${user.id}`, {
          version: user.version, displayName: v.displayName, isActive: v.isActive, employeeId: v.employeeId ?? null,
          ...(v.password ? { password: v.password } : {}),
        });
      } else {
        await api.post('/users', {
          username: v.username, displayName: v.displayName, password: v.password, servicePointId: v.servicePointId,
          employeeId: v.employeeId ?? null, isSuperuser: !!v.isSuperuser,
        });
      }
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (isConflict(e) && user) {
        message.error(t('common.staleVersion'));
        onSaved();
      } else report(e, form);
    } finally {
      setBusy(false);
    }
  };

  const pointOptions = points.length
    ? points.map((p) => ({ value: p.id, label: `${'\u3000'.repeat(p.depth)}${nameOf(p, i18n.language)}` }))
    : me ? [{ value: me.servicePointId, label: me.servicePointName }] : [];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      title={user ? t('users.editTitle', { name: user.username }) : t('users.new')}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit}>{t('common.save')}</Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off">
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}>
          <Input disabled={!!user} maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          extra={user ? t('users.passwordKeep') : undefined}
          rules={[{ required: !user, message: t('users.passwordRequired') }, { min: 8, message: t('layout.newPasswordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="servicePointId" label={t('users.servicePoint')} rules={[{ required: true }]}>
          <Select disabled={!!user} options={pointOptions} />
        </Form.Item>
        <Form.Item name="employeeId" label={t('users.employee')} extra={t('users.employeeHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={employees.loading}
            options={(employees.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} (${e.employeeNo})` }))}
          />
        </Form.Item>
        {!user && (
          <Form.Item name="isSuperuser" label={t('users.superuser')} valuePropName="checked" extra={t('users.superuserHint')}>
            <Switch />
          </Form.Item>
        )}
        {user && (
          <Form.Item name="isActive" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
