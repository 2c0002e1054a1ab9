import { useMemo } from 'react';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { nameOf } from '../../lib/format';
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
  const { points, me } = useSession();
  const [form] = Form.useForm<Values>();
  const pointId = Form.useWatch('servicePointId', form) ?? user?.servicePointId;
  const employees = useApiQuery('/employees', { query: { servicePointId: pointId, pageSize: 500 }, enabled: open && !!pointId });
  const initialValues = useMemo<Partial<Values>>(
    () => (user ? { ...user, password: '' } : { servicePointId: me?.servicePointId, isSuperuser: false, employeeId: null }),
    [user, me],
  );

  const submit = (v: Values) =>
    user
      ? callApi('patch', '/users/{id}', {
          params: { id: user.id },
          body: {
            version: user.version,
            displayName: v.displayName,
            isActive: v.isActive,
            employeeId: v.employeeId ?? null,
            ...(v.password ? { password: v.password } : {}),
          },
        })
      : callApi('post', '/users', {
          body: {
            username: v.username,
            displayName: v.displayName,
            password: v.password!,
            servicePointId: v.servicePointId,
            employeeId: v.employeeId ?? null,
            isSuperuser: !!v.isSuperuser,
          },
        });

  const pointOptions = points.length
    ? points.map((p) => ({ value: p.id, label: `${'\u3000'.repeat(p.depth)}${nameOf(p, i18n.language)}` }))
    : me
      ? [{ value: me.servicePointId, label: me.servicePointName }]
      : [];

  return (
    <FormDrawer<Values>
      form={form}
      open={open}
      onClose={onClose}
      size={480}
      title={user ? t('users.editTitle', { name: user.username }) : t('users.new')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={user ? onSaved : undefined}
      invalidate={['/users']}
      formProps={{ autoComplete: 'off' }}
    >
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
        rules={[
          { required: !user, message: t('users.passwordRequired') },
          { min: 8, message: t('layout.newPasswordRule') },
        ]}
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
          loading={employees.isFetching}
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
    </FormDrawer>
  );
}
