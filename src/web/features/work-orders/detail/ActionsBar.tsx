import { useState } from 'react';
import { App, Alert, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useWoLabels, type WorkOrderAction } from '../types';
import type { WoCtx } from './useWorkOrder';

const PRIMARY: WorkOrderAction[] = ['confirm', 'start', 'parts_arrived', 'finish', 'qc_pass', 'deliver'];
const DANGER: WorkOrderAction[] = ['qc_fail', 'cancel'];

/** The status actions the order allows now (settlement is the cashier's, 待料 follows the backorders), each behind a confirmation. */
export function ActionsBar({ wo, run, canEdit, onNotReady }: WoCtx & { onNotReady: (fields: string[]) => void }) {
  const { t } = useTranslation();
  const labels = useWoLabels();
  const { modal } = App.useApp();
  const [reasonFor, setReasonFor] = useState<'cancel' | 'deliver' | null>(null);
  const actions = wo.allowedActions.filter((a) => a !== 'settle' && a !== 'wait_parts' && a !== 'parts_arrived');
  if (!canEdit || actions.length === 0) return null;

  const act = (action: WorkOrderAction, reason = '') =>
    run(() => callApi('post', '/work-orders/{id}/actions', { params: { id: wo.id }, body: { version: wo.version, action, reason } }), {
      success: t('wo.actionDone', { action: labels.action(action) }),
      onError: (e) => {
        if (e.code === 'DELIVERY_BY_OTHER') {
          setReasonFor('deliver');
          return true;
        }
        if (e.code === 'WORK_ORDER_NOT_READY') {
          modal.warning({ title: t('wo.notReadyTitle'), content: e.fields.map((f) => f.message).join(';') || e.message });
          onNotReady(e.fields.map((f) => f.path));
          return true;
        }
        return false;
      },
    });

  const ask = (action: WorkOrderAction) => {
    if (action === 'cancel') {
      setReasonFor('cancel');
      return;
    }
    modal.confirm({
      title: t('wo.confirmAction', { action: labels.action(action), number: wo.number }),
      content: t(`wo.actionHints.${action}`),
      okText: labels.action(action),
      okButtonProps: { danger: DANGER.includes(action), ...{ 'data-testid': 'wo-action-ok' } },
      cancelText: t('common.cancel'),
      onOk: () => act(action),
    });
  };

  return (
    <>
      <Space wrap data-testid="wo-actions">
        {actions.map((a) => (
          <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => ask(a)} data-testid={`wo-action-${a}`}>
            {labels.action(a)}
          </Button>
        ))}
      </Space>
      <FormModal<{ reason: string }>
        open={reasonFor !== null}
        title={reasonFor === 'cancel' ? t('wo.cancelTitle', { number: wo.number }) : t('wo.deliverByOtherTitle')}
        okText={reasonFor === 'cancel' ? labels.action('cancel') : labels.action('deliver')}
        danger={reasonFor === 'cancel'}
        onClose={() => setReasonFor(null)}
        testId="wo-reason"
        onSubmit={async (v) => !!(await act(reasonFor!, v.reason.trim()))}
      >
        {reasonFor === 'deliver' && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('wo.deliverByOtherHint', { advisor: wo.advisorName ?? '—' })} />
        )}
        <Form.Item
          name="reason"
          label={reasonFor === 'cancel' ? t('wo.cancelReason') : t('wo.deliverReason')}
          rules={[{ required: true, whitespace: true, message: t('wo.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </FormModal>
    </>
  );
}
