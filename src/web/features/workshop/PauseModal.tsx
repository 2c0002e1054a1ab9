import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS, type PauseReason } from '../../../domain/dispatch/pause';
import type { JobCard } from './types';

export interface PauseInput {
  reason: PauseReason;
  note: string;
}

/** 暂停: the technician says why (待料, 等客户确认, 下班, 其他 + a note); big radio buttons for a gloved thumb. */
export function PauseModal({ job, onCancel, onPause }: { job: JobCard | null; onCancel: () => void; onPause: (p: PauseInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PauseInput>();
  const reason = Form.useWatch('reason', form);
  return (
    <Modal
      open={!!job}
      title={job ? t('ws.pauseTitle', { line: job.lineName }) : ''}
      okText={t('ws.pauseConfirm')}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ size: 'large', id: 'pause-ok' }}
      cancelButtonProps={{ size: 'large' }}
      onOk={async () => {
        const v = await form.validateFields();
        await onPause({ reason: v.reason, note: (v.note ?? '').trim() });
      }}
    >
      <Form form={form} layout="vertical" preserve={false} data-testid="pause-form">
        <Form.Item name="reason" label={t('ws.pauseReason')} rules={[{ required: true, message: t('ws.pauseReasonRequired') }]}>
          <Radio.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
            {PAUSE_REASONS.map((r) => (
              <Radio.Button key={r} value={r} style={{ height: 48, lineHeight: '46px', textAlign: 'center', fontSize: 16 }} data-testid={`pause-${r}`}>
                {t(`ws.pauseReasons.${r}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('ws.pauseNote')} rules={[{ required: reason === 'other', whitespace: true, message: t('ws.pauseNoteRequired') }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
