import { Button, Card, Col, Drawer, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { CrownOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PriorityTag, TicketStatusTag } from '../../../components/StatusTags';
import { LevelBadge } from '../ticketColumns';
import { ActionBar } from './ActionBar';
import { Compensations } from './Compensations';
import { Conversation } from './Conversation';
import { EscalationSteps } from './EscalationSteps';
import { Overview } from './Overview';
import { SlaClocks } from './SlaClocks';
import { useTicket } from './useTicket';

/** The customer's link to follow the ticket without logging in. */
export const trackingUrl = (token: string) => `${window.location.origin}/feedback/status/${token}`;

/** One ticket in a wide drawer: actions, what the customer said, the conversation; clocks, escalation, money on the side. */
export function TicketDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { ticket, loading, error, targets, reload, run } = useTicket(id);

  const title = ticket ? (
    <Space size={8} wrap>
      <span data-testid="ticket-number">{ticket.number}</span>
      <TicketStatusTag status={ticket.status} />
      <PriorityTag priority={ticket.priority} />
      {ticket.isVip && (
        <Tag color="gold" icon={<CrownOutlined />}>
          VIP
        </Tag>
      )}
      {ticket.escalationLevel > 0 && <LevelBadge level={ticket.escalationLevel} />}
    </Space>
  ) : (
    t('ticket.detail')
  );

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={1000}
      title={title}
      destroyOnHidden
      extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />}
      data-testid="ticket-drawer"
      styles={{ body: { paddingTop: 12 } }}
    >
      {error ? (
        <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />
      ) : !ticket ? (
        <div style={{ display: 'grid', placeItems: 'center', minHeight: 200 }}>
          <Spin spinning={loading} />
        </div>
      ) : (
        <>
          <ActionBar ticket={ticket} run={run} />
          <Row gutter={16}>
            <Col span={15}>
              <Overview ticket={ticket} />
              <Typography.Title level={5}>{t('ticket.conversation')}</Typography.Title>
              <Conversation ticketId={ticket.id} events={ticket.events} run={run} />
            </Col>
            <Col span={9}>
              <Card size="small" title={t('ticket.slaTitle')} style={{ marginBottom: 12 }}>
                <SlaClocks firstResponse={ticket.firstResponse} resolution={ticket.resolution} targets={targets} />
              </Card>
              <Card size="small" title={t('ticket.escalationTitle')} style={{ marginBottom: 12 }}>
                <EscalationSteps ticket={ticket} />
              </Card>
              <Card size="small" title={t('ticket.compensations')} style={{ marginBottom: 12 }}>
                <Compensations items={ticket.compensations} run={run} />
              </Card>
              <Card size="small" title={t('ticket.trackingLink')}>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
                  {t('ticket.trackingHint')}
                </Typography.Paragraph>
                <Typography.Text
                  copyable={{ text: trackingUrl(ticket.trackingToken) }}
                  style={{ wordBreak: 'break-all', fontSize: 12 }}
                  data-testid="tracking-link"
                >
                  {trackingUrl(ticket.trackingToken)}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Drawer>
  );
}
