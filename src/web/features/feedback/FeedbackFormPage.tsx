import { useState } from 'react';
import { App, Button, Card, Form, Input, Radio, Result, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TICKET_KINDS, type TicketKind } from '../../../domain/tickets/status';
import { isApiError, request } from '../../api/client';
import { applyFieldErrors } from '../../api/form-errors';
import { PublicShell, ResultTitle } from './PublicShell';
import { attachmentProblem, MAX_ATTACHMENTS } from './publicApi';

interface Values {
  kind: TicketKind;
  title: string;
  description: string;
  customerName: string;
  customerPhone: string;
  customerEmail?: string;
  vehicleRef?: string;
  attachments?: UploadFile[];
}

const hidden = { position: 'absolute', left: -10000, top: 'auto', width: 1, height: 1, overflow: 'hidden' } as const;

/** 客户意见反馈: the public form (no login); on success the tracking number and the status link. */
export default function FeedbackFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const files = Form.useWatch('attachments', form) ?? [];
  const [website, setWebsite] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ number: string; trackingToken: string } | null>(null);

  const submit = async (v: Values) => {
    const fields = {
      kind: v.kind,
      title: v.title,
      description: v.description,
      customerName: v.customerName,
      customerPhone: v.customerPhone,
      customerEmail: v.customerEmail ?? '',
      vehicleRef: v.vehicleRef ?? '',
      website,
    };
    let body: unknown = fields;
    const chosen = v.attachments ?? [];
    if (chosen.length) {
      const fd = new FormData();
      for (const [k, val] of Object.entries(fields)) fd.append(k, val);
      for (const f of chosen) if (f.originFileObj) fd.append('attachments', f.originFileObj, f.name);
      body = fd;
    }
    setBusy(true);
    try {
      setDone(await request<{ number: string; trackingToken: string }>('/public/tickets', { method: 'POST', body, allowUnauthorized: true }));
      window.scrollTo(0, 0);
    } catch (e) {
      if (isApiError(e) && e.status === 429) message.error(t('feedback.tooMany'));
      else {
        const rest = applyFieldErrors(form, e, { rename: (p) => (p.startsWith('attachments') ? 'attachments' : undefined) });
        message.error(rest.length ? rest.map((f) => f.message).join(';') : (e as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    const link = `/feedback/status/${done.trackingToken}`;
    return (
      <PublicShell>
        <Card>
          <Result
            status="success"
            title={<ResultTitle>{t('feedback.thanks')}</ResultTitle>}
            subTitle={t('feedback.numberIs', { number: done.number })}
            extra={
              <Link to={link}>
                <Button type="primary" size="large" data-testid="feedback-status-link">
                  {t('feedback.viewStatus')}
                </Button>
              </Link>
            }
          >
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
              {t('feedback.keepLink')}
            </Typography.Paragraph>
            <Typography.Paragraph
              copyable={{ text: window.location.origin + link }}
              style={{ textAlign: 'center', wordBreak: 'break-all' }}
              data-testid="feedback-number"
            >
              {window.location.origin + link}
            </Typography.Paragraph>
          </Result>
        </Card>
      </PublicShell>
    );
  }

  return (
    <PublicShell>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
          {t('feedback.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('feedback.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ kind: 'complaint' }}
          requiredMark="optional"
          data-testid="feedback-form"
          scrollToFirstError
        >
          <Form.Item name="kind" label={t('feedback.kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={TICKET_KINDS.map((k) => ({ value: k, label: t(`ticket.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('feedback.subject')} rules={[{ required: true, whitespace: true, message: t('ticket.titleRequired') }]}>
            <Input maxLength={120} placeholder={t('feedback.subjectPlaceholder')} aria-label={t('feedback.subjectPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('feedback.description')}
            rules={[{ required: true, whitespace: true, message: t('feedback.descriptionRequired') }]}
          >
            <Input.TextArea
              rows={5}
              maxLength={3000}
              showCount
              placeholder={t('feedback.descriptionPlaceholder')}
              aria-label={t('feedback.descriptionPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="customerName" label={t('feedback.name')} rules={[{ required: true, whitespace: true, message: t('feedback.nameRequired') }]}>
            <Input maxLength={40} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="customerPhone"
            label={t('feedback.mobile')}
            extra={t('feedback.mobileHint')}
            rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('feedback.mobileRule') }]}
          >
            <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
          </Form.Item>
          <Form.Item name="customerEmail" label={t('feedback.email')} rules={[{ type: 'email', message: t('ticket.emailRule') }]}>
            <Input maxLength={120} inputMode="email" autoComplete="email" />
          </Form.Item>
          <Form.Item name="vehicleRef" label={t('feedback.vehicle')}>
            <Input maxLength={40} placeholder={t('ticket.vehiclePlaceholder')} aria-label={t('ticket.vehiclePlaceholder')} />
          </Form.Item>
          <Form.Item
            label={t('feedback.attachments')}
            extra={t('feedback.attachmentsHint')}
            name="attachments"
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(0, MAX_ATTACHMENTS)}
          >
            <Upload
              accept="image/jpeg,image/png,image/webp,application/pdf"
              multiple
              maxCount={MAX_ATTACHMENTS}
              listType="text"
              beforeUpload={(f) => {
                const problem = attachmentProblem(f);
                if (problem) {
                  message.error(t(`feedback.attachment.${problem}`, { name: f.name }));
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} disabled={files.length >= MAX_ATTACHMENTS}>
                {t('feedback.chooseFiles')}
              </Button>
            </Upload>
          </Form.Item>
          <div style={hidden} aria-hidden="true">
            <label>
              Website
              <input type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
            </label>
          </div>
          <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="feedback-submit">
            {t('feedback.submit')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
            {t('feedback.privacy')}
          </Typography.Paragraph>
        </Form>
      </Card>
    </PublicShell>
  );
}
