import { useState } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined, GiftOutlined, RiseOutlined, ScheduleOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isOpen, type TicketAction } from '../../../../domain/tickets/status';
import type { TicketDetail } from '../types';
import { ActionModal, ClassifyModal, EscalateModal } from './ActionModals';
import { AssignModal } from './AssignModal';
import { CompensationModal } from './CompensationModal';
import { PlanModal } from './PlanModal';
import type { Run } from './useTicket';

type Extra = 'assign' | 'escalate' | 'plan' | 'compensate' | 'classify';
const PRIMARY: TicketAction[] = ['respond', 'resolve', 'resume'];
const ORDER: TicketAction[] = ['respond', 'resume', 'resolve', 'wait_customer', 'confirm', 'close', 'reopen'];

/** The buttons for what may be done now (status actions only from allowedActions), and their dialogs. */
export function ActionBar({ ticket, run }: { ticket: TicketDetail; run: Run }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<TicketAction | null>(null);
  const [extra, setExtra] = useState<Extra | null>(null);
  const allowed = new Set(ticket.allowedActions);
  const open = isOpen(ticket.status);
  const close = () => setExtra(null);
  const props = { ticket, run, onClose: close };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} data-testid="ticket-actions">
        {ORDER.filter((a) => allowed.has(a)).map((a) => (
          <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={a === 'reopen'} onClick={() => setAction(a)} data-testid={`action-${a}`}>
            {t(`ticket.actions.${a}`)}
          </Button>
        ))}
        {allowed.has('assign') && (
          <Button icon={<SwapOutlined />} onClick={() => setExtra('assign')} data-testid="action-assign">
            {t('ticket.assign')}
          </Button>
        )}
        {open && (
          <Button icon={<RiseOutlined />} danger onClick={() => setExtra('escalate')} data-testid="action-escalate">
            {t('ticket.escalate')}
          </Button>
        )}
        {open && (
          <Button icon={<ScheduleOutlined />} onClick={() => setExtra('plan')} data-testid="action-plan">
            {t('ticket.plan')}
          </Button>
        )}
        {open && (
          <Button icon={<GiftOutlined />} onClick={() => setExtra('compensate')} data-testid="action-compensate">
            {t('ticket.compensate')}
          </Button>
        )}
        <Button icon={<EditOutlined />} onClick={() => setExtra('classify')} data-testid="action-classify">
          {t('ticket.classify')}
        </Button>
      </Space>
      <ActionModal ticket={ticket} action={action} open={action !== null} onClose={() => setAction(null)} run={run} />
      <AssignModal {...props} open={extra === 'assign'} />
      <EscalateModal {...props} open={extra === 'escalate'} />
      <PlanModal {...props} open={extra === 'plan'} />
      <CompensationModal {...props} open={extra === 'compensate'} />
      <ClassifyModal {...props} open={extra === 'classify'} />
    </>
  );
}
