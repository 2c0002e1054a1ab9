import { useEffect, useState } from 'react';
import { Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppointmentStatusTag } from '../../components/StatusTags';
import { useSession } from '../../session/SessionContext';
import { groupByAdvisor, isTomorrow } from './slots';
import { StatusActions } from './StatusActions';
import type { Appointment } from './types';
import { formatDateTime } from '../../lib/time';

/** Print: A4, only the advisor lists (one advisor per page), without menu, top bar, buttons or cancelled rows. */
const PRINT_CSS = `
.appt-print-only { display: none; }
.appt-row-cancelled > td { opacity: 0.45; }
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .ant-message, .appt-no-print, .appt-row-cancelled, .appt-print-skip { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; background: #fff !important; }
  .appt-print-only { display: block; }
  .appt-advisor { break-after: page; border: none !important; }
  .appt-advisor:last-child { break-after: auto; }
  .appt-advisor .ant-card-head { display: none; }
  .appt-advisor .ant-card-body { padding: 0 !important; }
}`;

/** The day's appointments, one card per service advisor ("明日预约"), printable one by one or all together. */
export function AdvisorLists({ date, items, loading, onChanged }: { date: string; items: Appointment[]; loading: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { pointName } = useSession();
  const [printing, setPrinting] = useState<string | null>(null);
  const groups = groupByAdvisor(items);
  const heading = isTomorrow(date) ? t('appt.tomorrowList') : t('appt.dayList', { date });

  useEffect(() => {
    if (printing === null) return;
    const h = setTimeout(() => {
      window.print();
      setPrinting(null);
    }, 50);
    return () => clearTimeout(h);
  }, [printing]);

  return (
    <div data-testid="advisor-lists">
      <style>{PRINT_CSS}</style>
      <Space className="appt-no-print" style={{ width: '100%', justifyContent: 'space-between', margin: '4px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {heading}
        </Typography.Title>
        <Button icon={<PrinterOutlined />} disabled={groups.length === 0} onClick={() => setPrinting('*')} data-testid="appt-print-all">
          {t('appt.printAll')}
        </Button>
      </Space>
      {groups.length === 0 && !loading && (
        <Card size="small" className="appt-no-print">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appt.noAppointments')} />
        </Card>
      )}
      {groups.map((g) => {
        const active = g.items.filter((a) => a.status !== 'cancelled');
        const advisor = g.advisorName ?? t('appt.noAdvisor');
        return (
          <Card
            key={g.key}
            size="small"
            className={`appt-advisor${printing && printing !== '*' && printing !== g.key ? ' appt-print-skip' : ''}`}
            style={{ marginBottom: 12 }}
            title={
              <Space>
                <span>{t('appt.advisorTitle', { name: advisor })}</span>
                <Tag>{t('appt.countN', { count: active.length })}</Tag>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {t('appt.minutesTotal', { n: active.reduce((s, a) => s + a.estimatedMinutes, 0) })}
                </Typography.Text>
              </Space>
            }
            extra={
              <Button size="small" icon={<PrinterOutlined />} className="appt-no-print" onClick={() => setPrinting(g.key)}>
                {t('appt.print')}
              </Button>
            }
          >
            <div className="appt-print-only" style={{ marginBottom: 8 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {pointName} · {heading}
              </Typography.Title>
              <Typography.Text>{t('appt.printMeta', { name: advisor, date, count: active.length, printedAt: formatDateTime(new Date()) })}</Typography.Text>
            </div>
            <Table<Appointment>
              size="small"
              rowKey="id"
              dataSource={g.items}
              pagination={false}
              rowClassName={(a) => (a.status === 'cancelled' ? 'appt-row-cancelled' : '')}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('appt.time'),
                  dataIndex: 'slotStart',
                  width: 80,
                  render: (s: string, a) => (
                    <Space size={4}>
                      {s}
                      {a.isOverbooked && (
                        <Tooltip title={t('appt.overbookedTag')}>
                          <WarningOutlined style={{ color: '#f5222d' }} />
                        </Tooltip>
                      )}
                    </Space>
                  ),
                },
                { title: t('appt.plate'), dataIndex: 'plate', width: 100, render: (v: string) => <Typography.Text strong>{v || '—'}</Typography.Text> },
                { title: t('appt.model'), dataIndex: 'model', width: 120, ellipsis: true },
                {
                  title: t('appt.customer'),
                  key: 'cust',
                  width: 170,
                  render: (_, a) => (
                    <>
                      {a.customerName} <Typography.Text type="secondary">{a.customerPhone}</Typography.Text>
                    </>
                  ),
                },
                { title: t('appt.concern'), dataIndex: 'concern', ellipsis: true, render: (v: string) => v || '—' },
                { title: t('appt.estimated'), dataIndex: 'estimatedMinutes', width: 100, align: 'right', render: (n: number) => t('appt.minutes', { n }) },
                { title: t('appt.channelCol'), dataIndex: 'channel', width: 84, render: (c: string) => t(`appt.channels.${c}`) },
                { title: t('common.status'), dataIndex: 'status', width: 80, render: (s: Appointment['status']) => <AppointmentStatusTag status={s} /> },
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 170,
                  className: 'appt-no-print',
                  render: (_, a) => <StatusActions a={a} onChanged={onChanged} />,
                },
              ]}
            />
            <div className="appt-print-only" style={{ marginTop: 32, textAlign: 'right' }}>
              {t('appt.printSign')}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
