import type { ReactNode } from 'react';
import { Button, Drawer, Form, Space, type FormInstance, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit, type FormSubmitOptions } from './useFormSubmit';

export interface FormDrawerProps<V, R> extends Omit<FormSubmitOptions<V, R>, 'form'> {
  /** Pass one when the caller watches fields (Form.useWatch); otherwise the drawer makes its own. */
  form?: FormInstance<V>;
  title: ReactNode;
  size?: number;
  onClose: () => void;
  /** data-testid of the form and of the save button. */
  testId?: string;
  saveTestId?: string;
  saveText?: ReactNode;
  /** Cancel / save in the footer (default) or in the header. */
  buttonsIn?: 'footer' | 'extra';
  formProps?: Omit<FormProps<V>, 'form' | 'children'>;
  children: ReactNode;
}

/** An edit drawer: a vertical form, 取消 / 保存, and the submit cycle of useFormSubmit (409, field errors, refresh). */
export function FormDrawer<V, R = unknown>(props: FormDrawerProps<V, R>) {
  const { t } = useTranslation();
  const [own] = Form.useForm<V>();
  const form = props.form ?? own;
  const { busy, submit } = useFormSubmit<V, R>({ ...props, form });
  const buttons = (
    <Space style={props.buttonsIn === 'extra' ? undefined : { float: 'right' }}>
      <Button onClick={props.onClose}>{t('common.cancel')}</Button>
      <Button type="primary" loading={busy} onClick={() => void submit()} data-testid={props.saveTestId}>
        {props.saveText ?? t('common.save')}
      </Button>
    </Space>
  );
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={props.size ?? 560}
      destroyOnHidden
      title={props.title}
      footer={props.buttonsIn === 'extra' ? undefined : buttons}
      extra={props.buttonsIn === 'extra' ? buttons : undefined}
    >
      <Form form={form} layout="vertical" data-testid={props.testId} {...props.formProps}>
        {props.children}
      </Form>
    </Drawer>
  );
}
