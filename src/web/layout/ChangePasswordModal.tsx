import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/query';
import { applyFieldErrors } from '../api/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await callApi('post', '/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      message.success(t('layout.passwordChanged'));
      form.resetFields();
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      if (rest.length || !(e as { fields?: unknown[] }).fields?.length) message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('layout.changePassword')} open={open} onOk={submit} onCancel={onClose} confirmLoading={busy} destroyOnHidden okText={t('common.save')}>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="currentPassword" label={t('layout.currentPassword')} rules={[{ required: true, message: t('layout.currentPasswordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('layout.newPassword')} rules={[{ required: true, min: 8, message: t('layout.newPasswordRule') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('layout.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('layout.confirmPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('layout.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
