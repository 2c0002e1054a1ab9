import type { ReactNode } from 'react';
import { Alert, Col, Row, Tag, Typography } from 'antd';
import { DashCard } from '../../components/DashCard';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { SimpleList } from '../../components/SimpleList';
import { formatDateTime, usePointTime } from '../../lib/time';

type Mine = Answer<'/home/mine'>;
// Times in the point's zone (lib/time), never the browser's.
const dt = (iso: string) => formatDateTime(iso);

function Section<T>({ title, items, render, testId }: { title: string; items: T[] | null; render: (i: T) => ReactNode; testId: string }) {
  const { t } = useTranslation();
  if (items === null) return null;
  return (
    <Col xs={24} lg={12} xxl={8}>
      <DashCard title={`${title}(${items.length})`} data-testid={testId}>
        <SimpleList
          items={items.slice(0, 12).map((item, i) => ({ item, i }))}
          empty={<Typography.Text type="secondary">{t('mywork.nothing')}</Typography.Text>}
          render={({ item, i }) => ({ key: String(i), title: render(item) })}
        />
      </DashCard>
    </Col>
  );
}

/** 我的工作: the signed-in user's own work first, by what their positions do (GET /home/mine). */
export function MyWorkPanel() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const hm = usePointTime().time;
  const q = useApiQuery('/home/mine', { query: { servicePointId: pointId }, enabled: !!pointId, refetchInterval: 60_000 });
  const d: Mine | undefined = q.data;
  if (!d) return null;
  const status = (s: string) => t(`mywork.status.${s}`, { defaultValue: s });
  const order = (o: { workOrderId: string; number: string; plate: string }) => (
    <Link to={`/work-orders/${o.workOrderId}`}>
      {o.number} · {o.plate}
    </Link>
  );
  return (
    <div style={{ marginBottom: 12 }}>
      {d.approvalsPending > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="mywork-approvals"
          message={<Link to="/approvals">{t('mywork.approvals', { count: d.approvalsPending })}</Link>}
        />
      )}
      <Row gutter={[12, 12]}>
        <Section
          testId="mywork-arrivals"
          title={t('mywork.arrivals')}
          items={d.arrivals}
          render={(a) => (
            <Typography.Text>
              {hm(a.startAt)} {a.plate} {a.customerName} <Tag>{status(a.status)}</Tag>
              {a.isMine && <Tag color="blue">{t('mywork.mine')}</Tag>}
            </Typography.Text>
          )}
        />
        <Section
          testId="mywork-promised"
          title={t('mywork.promised')}
          items={d.promised}
          render={(p) => (
            <span>
              {order(p)} <ClockCircleOutlined aria-hidden /> {hm(p.promisedAt)}{' '}
              {p.isLate && (
                <Tag color="error" icon={<WarningOutlined />}>
                  {t('mywork.late')}
                </Tag>
              )}
            </span>
          )}
        />
        <Section
          testId="mywork-jobs"
          title={t('mywork.myJobs')}
          items={d.myJobs}
          render={(j) => (
            <span>
              <Link to="/workshop/my-jobs">
                {j.number} · {j.plate}
              </Link>{' '}
              <Tag>{status(j.status)}</Tag> {j.standardMinutes} min
            </span>
          )}
        />
        <Section
          testId="mywork-picking"
          title={t('mywork.picking')}
          items={d.picking}
          render={(p) => (
            <span>
              {order(p)} {t('mywork.lines', { count: p.lines })}
            </span>
          )}
        />
        <Section
          testId="mywork-cashier"
          title={t('mywork.cashier')}
          items={d.cashierQueue}
          render={(c) => (
            <span>
              <Link to={`/cashier?workOrderId=${c.workOrderId}`}>
                {c.number} · {c.plate}
              </Link>{' '}
              <Tag>{c.settlementStatus ? status(c.settlementStatus) : t('mywork.noSettlement')}</Tag>
            </span>
          )}
        />
        <Section
          testId="mywork-calls"
          title={t('mywork.calls')}
          items={d.callsDue}
          render={(c) => (
            <span>
              <Link to="/follow-ups">
                {c.number} · {c.plate}
              </Link>{' '}
              {dt(c.dueAt)} {c.attempts > 0 && t('mywork.attempts', { count: c.attempts })}
            </span>
          )}
        />
        <Section
          testId="mywork-breaches"
          title={t('mywork.breaches')}
          items={d.breaches}
          render={(b) => (
            <span>
              <Link to={`/tickets/${b.ticketId}`}>{b.number}</Link> {b.title}{' '}
              <Tag color="error" icon={<WarningOutlined />}>
                {dt(b.dueAt)}
              </Tag>
            </span>
          )}
        />
      </Row>
    </div>
  );
}
