import { useState } from 'react';
import { Badge, Button, Card, Col, Descriptions, Result, Row, Spin, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleFilled } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { ActionsBar } from './detail/ActionsBar';
import { Header } from './detail/Header';
import { LinesEditor } from './detail/LinesEditor';
import { PreCheckTab } from './detail/PreCheckTab';
import { RecordFields } from './detail/RecordFields';
import { RepairTimeline } from './detail/RepairTimeline';
import { SignaturePanel } from './detail/SignaturePad';
import { useWorkOrder } from './detail/useWorkOrder';
import { ExtraWorkPanel, useOpenExtraWorkCount } from '../extra-work/ExtraWorkPanel';
import { RefusedWorkAlert } from '../extra-work/RefusedWorkAlert';
import { LoanerUseCard } from '../insurance/LoanerUseCard';
import { WarrantyPanel } from '../warranty/WarrantyPanel';
import { RepairFactsPanel } from '../warranty/RepairFactsPanel';
import { BulletinAlert, TechSupportPanel } from '../knowledge/TechSupportPanel';
import { AppraisalPanel } from '../knowledge/AppraisalPanel';

/** The advisor's screen for one work order: header and actions, pre-check, lines and quote, signature, record, timeline. */
export default function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { can } = useSession();
  const { wo, error, reload, run } = useWorkOrder(id);
  const [tab, setTab] = useState('lines');
  const openExtraWork = useOpenExtraWorkCount(id);

  if (error) {
    const missing = isApiError(error) && error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'warning'}
        title={missing ? t('wo.notFound') : t('common.loadFailed')}
        subTitle={(error as Error).message}
        extra={<Button onClick={() => navigate('/work-orders')}>{t('wo.backToList')}</Button>}
      />
    );
  }
  if (!wo)
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
        <Spin />
      </div>
    );

  const ctx = { wo, run, canEdit: can('work-orders.manage') };
  const q = wo.quote;
  return (
    <div data-testid="wo-detail">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/work-orders')} style={{ padding: 0, marginBottom: 4, height: 'auto' }}>
        {t('wo.backToList')}
      </Button>
      <Header {...ctx} onReload={reload}>
        <ActionsBar {...ctx} onNotReady={(fields) => setTab(fields.includes('lines') ? 'lines' : 'sign')} />
      </Header>
      <RefusedWorkAlert vehicleId={wo.vehicleId} exceptWorkOrderId={wo.id} />
      <WarrantyPanel vehicleId={wo.vehicleId} compact />
      <BulletinAlert vehicleId={wo.vehicleId} />
      <Row gutter={12}>
        <Col xs={24} xl={17}>
          <Card size="small" styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                { key: 'precheck', label: t('wo.tabs.precheck'), children: <PreCheckTab {...ctx} /> },
                { key: 'lines', label: t('wo.tabs.lines', { count: wo.lines.length }), children: <LinesEditor {...ctx} /> },
                {
                  key: 'sign',
                  label: (
                    <span data-testid="tab-sign">
                      {t('wo.tabs.sign')}
                      {wo.isSigned && <CheckCircleFilled style={{ color: '#389e0d', marginInlineStart: 6 }} />}
                    </span>
                  ),
                  children: <SignaturePanel {...ctx} />,
                },
                { key: 'record', label: t('wo.tabs.record'), children: <RecordFields {...ctx} /> },
                {
                  key: 'extra',
                  label: (
                    <Badge count={openExtraWork} size="small" offset={[8, -2]} title={t('xw.status.reported')}>
                      <span data-testid="tab-extra-work">{t('xw.title')}</span>
                    </Badge>
                  ),
                  children: <ExtraWorkPanel workOrderId={wo.id} canEdit={ctx.canEdit} />,
                },
                ...(wo.type === 'warranty' || wo.type === 'repair'
                  ? [
                      {
                        key: 'warranty',
                        label: t('wty.factsTab'),
                        children: <RepairFactsPanel workOrderId={wo.id} canEdit={can('work-orders.manage') || can('claims.manage')} />,
                      },
                    ]
                  : []),
                {
                  key: 'tech',
                  label: <span data-testid="tab-tech-support">{t('kb.panel')}</span>,
                  children: <TechSupportPanel workOrderId={wo.id} contextType="work_order" contextId={wo.id} />,
                },
                {
                  key: 'appraisal',
                  label: <span data-testid="tab-appraisal">{t('kb.ap.title')}</span>,
                  children: <AppraisalPanel workOrderId={wo.id} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={t('wo.quoteSummary')} style={{ marginBottom: 12 }} data-testid="wo-quote-summary">
            <Descriptions size="small" column={1} styles={{ content: { justifyContent: 'flex-end' } }}>
              <Descriptions.Item label={t('wo.laborFee')}>{formatYuan(q.laborFen)}</Descriptions.Item>
              <Descriptions.Item label={t('wo.partsFee')}>{formatYuan(q.partsFen)}</Descriptions.Item>
              <Descriptions.Item label={t('wo.total')}>{formatYuan(q.total.amountFen)}</Descriptions.Item>
              <Descriptions.Item label={t('wo.tax')}>{formatYuan(q.total.taxFen)}</Descriptions.Item>
              <Descriptions.Item label={<Typography.Text strong>{t('wo.customerPayable')}</Typography.Text>}>
                <Typography.Text strong style={{ fontSize: 18, color: '#cf1322' }} data-testid="wo-payable">
                  {formatYuan(q.customerPayableFen)}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <LoanerUseCard workOrderId={wo.id} />
          <Card size="small" title={t('wo.timeline')}>
            <RepairTimeline wo={wo} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
