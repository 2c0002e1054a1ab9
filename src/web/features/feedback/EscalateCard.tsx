import { useState } from 'react';
import { App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { publicApi, type PublicStatus } from './publicApi';

/** 投诉升级 (多级投诉制): to the handler's superior, or straight to the leadership. */
export function EscalateCard({ token, onDone }: { token: string; onDone: (s: PublicStatus) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { to: 'superior' | 'leadership'; reason: string }) => {
    setBusy(true);
    try {
      onDone(await publicApi.post<PublicStatus>(`/public/tickets/${token}/escalate`, { reason: v.reason, toLeadership: v.to === 'leadership' }));
      message.success(t('feedback.escalated'));
      setOpen(false);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <Card size="small" style={{ marginTop: 12 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('feedback.escalateIntro')}
        </Typography.Paragraph>
        <Button icon={<RiseOutlined />} onClick={() => setOpen(true)} data-testid="public-escalate-open">
          {t('feedback.escalate')}
        </Button>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('feedback.escalate')} style={{ marginTop: 12 }} data-testid="public-escalate">
      <Form layout="vertical" onFinish={submit} initialValues={{ to: 'superior' }}>
        <Form.Item name="to" label={t('feedback.escalateTo')}>
          <Radio.Group
            options={[
              { value: 'superior', label: t('feedback.toSuperior') },
              { value: 'leadership', label: t('feedback.toLeadership') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('feedback.escalateReason')}
          rules={[{ required: true, whitespace: true, message: t('feedback.escalateReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button onClick={() => setOpen(false)} style={{ marginInlineEnd: 8 }}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" danger htmlType="submit" loading={busy} data-testid="public-escalate-submit">
          {t('feedback.escalateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
