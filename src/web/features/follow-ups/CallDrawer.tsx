import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Form, Input, Modal, Radio, Rate, Space, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { useWoRun } from '../work-orders/useWoRun';
import { SCORE_QUESTIONS, type FollowUp, type FollowUpAnswers } from './types';
import { formatDateTime } from '../../lib/time';

type Values = Partial<FollowUpAnswers> & { note?: string };

/** 回访 call: the customer's number to dial, the questions, and 未接通 or 提交. A bad answer opens a complaint. */
export function CallDrawer({ item, onClose, onDone, onReload }: { item: FollowUp | null; onClose: () => void; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const run = useWoRun(() => onDone(), onReload);
  const tips = [1, 2, 3, 4, 5].map((n) => t(`fu.rate.${n}`));

  const send = async (reached: boolean) => {
    if (!item) return;
    const v = reached ? await form.validateFields().catch(() => null) : form.getFieldsValue();
    if (!v) return;
    setBusy(true);
    const r = await run(
      () =>
        callApi('post', '/follow-ups/{id}/result', {
          params: { id: item.id },
          body: {
            version: item.version,
            reached,
            note: v.note?.trim() ?? '',
            ...(reached ? { answers: { quality: v.quality!, fixed: v.fixed!, attitude: v.attitude!, fee: v.fee!, overall: v.overall! } } : {}),
          },
        }),
      { form, success: reached ? t('fu.recorded') : t('fu.unreachableRecorded') },
    );
    setBusy(false);
    if (r?.isFlagged && r.ticketId) {
      modal.warning({
        title: t('fu.flaggedTitle'),
        content: (
          <span>
            {t('fu.flaggedBody', { number: r.ticketNumber ?? '' })}{' '}
            <Link to={`/tickets/${r.ticketId}`} onClick={() => Modal.destroyAll()} data-testid="fu-ticket-link">
              {t('fu.openTicket', { number: r.ticketNumber ?? '' })}
            </Link>
          </span>
        ),
      });
    }
  };

  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size={520}
      destroyOnHidden
      title={item ? t('fu.callTitle', { name: item.customerName }) : ''}
      data-testid="call-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={() => void send(false)} loading={busy} data-testid="fu-unreachable">
            {t('fu.unreachable')}
          </Button>
          <Button type="primary" onClick={() => void send(true)} loading={busy} data-testid="fu-submit">
            {t('fu.submit')}
          </Button>
        </Space>
      }
    >
      {item && (
        <>
          <Typography.Link href={`tel:${item.customerPhone}`} style={{ fontSize: 22 }} data-testid="fu-phone">
            <PhoneOutlined /> {item.customerPhone}
          </Typography.Link>
          <Descriptions size="small" column={2} style={{ margin: '12px 0' }}>
            <Descriptions.Item label={t('wo.plate')}>{item.plate}</Descriptions.Item>
            <Descriptions.Item label={t('wo.number')}>{item.workOrderNumber}</Descriptions.Item>
            <Descriptions.Item label={t('fu.deliveredAt')}>{item.deliveredAt ? formatDateTime(item.deliveredAt) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fu.attempts')}>{t('fu.attemptN', { n: item.attempts + 1 })}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary">{t('fu.script', { name: item.customerName, plate: item.plate })}</Typography.Paragraph>
          <Form<Values> form={form} layout="horizontal" labelCol={{ span: 9 }} wrapperCol={{ span: 15 }} colon={false}>
            {SCORE_QUESTIONS.slice(0, 1).map((q) => (
              <Form.Item key={q} name={q} label={t(`fu.questions.${q}`)} rules={[{ required: true, message: t('fu.scoreRequired') }]}>
                <Rate tooltips={tips} data-testid={`fu-${q}`} />
              </Form.Item>
            ))}
            <Form.Item name="fixed" label={t('fu.questions.fixed')} rules={[{ required: true, message: t('fu.fixedRequired') }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: t('fu.yes') },
                  { value: false, label: t('fu.no') },
                ]}
                data-testid="fu-fixed"
              />
            </Form.Item>
            {SCORE_QUESTIONS.slice(1).map((q) => (
              <Form.Item key={q} name={q} label={t(`fu.questions.${q}`)} rules={[{ required: true, message: t('fu.scoreRequired') }]}>
                <Rate tooltips={tips} data-testid={`fu-${q}`} />
              </Form.Item>
            ))}
            <Form.Item name="note" label={t('fu.note')} labelCol={{ span: 24 }} wrapperCol={{ span: 24 }}>
              <Input.TextArea rows={3} maxLength={1000} placeholder={t('fu.notePlaceholder')} aria-label={t('fu.notePlaceholder')} />
            </Form.Item>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('fu.flagRule')}
          </Typography.Text>
        </>
      )}
    </Drawer>
  );
}
