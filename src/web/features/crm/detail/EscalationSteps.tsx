import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOpen } from '../../../../domain/tickets/status';
import type { TicketDetail } from '../types';

/** The current handler's level highlighted, the next levels greyed: who gets the ticket when time runs out. */
export function EscalationSteps({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const chain = ticket.escalationChain;
  const next = chain[0];
  const open = isOpen(ticket.status);
  return (
    <div data-testid="escalation-chain">
      <Typography.Paragraph type={next && open ? 'warning' : 'secondary'} style={{ marginBottom: 8, fontSize: 12 }}>
        {!open ? t('ticket.escalationStopped') : next ? t('ticket.willEscalateTo', { title: next.title }) : t('ticket.noFurtherEscalation')}
      </Typography.Paragraph>
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={[
          {
            title: ticket.handlerName ?? t('ticket.unassigned'),
            content: [ticket.departmentName, ticket.escalationLevel ? t('ticket.levelN', { n: ticket.escalationLevel }) : t('ticket.levelHandler')]
              .filter(Boolean)
              .join(' · '),
            status: 'process',
          },
          ...chain.map((c, i) => ({
            key: c.positionId,
            title: <Typography.Text type="secondary">{c.title}</Typography.Text>,
            content: (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
              >{`${c.servicePointName} · ${t('ticket.levelN', { n: ticket.escalationLevel + i + 1 })}`}</Typography.Text>
            ),
            status: 'wait' as const,
          })),
        ]}
      />
    </div>
  );
}
