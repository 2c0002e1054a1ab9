import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import type { Run } from '../crm/useRun';
import type { PickingLine } from './types';

/** 释放:不需要 — a reserved or short line given back to stock, with the reason (audited); the order may then finish. */
export function ReleaseModal({ workOrderId, line, run, onClose }: { workOrderId: string; line: PickingLine | null; run: Run; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !line) return;
    const ok = await run(
      () =>
        callApi('post', '/work-orders/{id}/parts-release', {
          params: { id: workOrderId },
          body: { workOrderLineId: line.workOrderLineId, reason: v.reason.trim() },
        }),
      { form, success: t('parts.releasedOk') },
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open={!!line}
      title={line ? t('parts.releaseTitle', { name: line.name }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('parts.release')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('parts.releaseReason')}
          extra={t('parts.releaseHint')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('parts.releaseReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} data-testid="release-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
