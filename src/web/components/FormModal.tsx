import { useState, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';

interface Props<V> {
  open: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  onClose: () => void;
  /** Return true to close the modal. */
  onSubmit: (values: V, form: FormInstance<V>) => Promise<boolean>;
  children: ReactNode;
  testId?: string;
}

/** A modal with a vertical form for one action: validates, calls `onSubmit` (usually through a run helper that reports errors), closes when it resolves true. */
export function FormModal<V extends object>({ open, title, okText, danger, width, initialValues, onClose, onSubmit, children, testId }: Props<V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      if (await onSubmit(v, form)) onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      okText={okText}
      okButtonProps={{ danger, ...(testId ? { 'data-testid': `${testId}-ok` } : {}) }}
      width={width}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
