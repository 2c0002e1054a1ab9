import { useState } from 'react';
import { App, Button, Card, Col, Empty, Result, Row, Space, Statistic, Table, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import type { Answer } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { HeadcountTag, HEADCOUNT_COLORS, HEADCOUNT_ORDER } from '../../components/StatusTags';
import { titleOf } from '../../lib/format';
import { useSession } from '../../session/SessionContext';

type StaffingRow = Answer<'/staffing'>['rows'][number];

/** 编制表: planned headcount per position against who actually holds it. */
export default function StaffingPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { pointId } = useSession();
  const { data, isFetching: loading, error, refetch } = useApiQuery('/staffing', { query: { servicePointId: pointId }, enabled: !!pointId });
  const [exporting, setExporting] = useState(false);
  const lang = i18n.language;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile('/staffing/export', { servicePointId: pointId }, `${t('nav.staffing')}.xlsx`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  if (error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />;
  const totals = data?.totals;
  const underCount = data?.rows.filter((r) => r.status === 'under').length ?? 0;
  const depts = [...new Set((data?.rows ?? []).map((r) => r.departmentName ?? ''))].filter(Boolean);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={12}>
        {[
          { key: 'planned', value: totals?.planned, color: undefined },
          { key: 'actual', value: totals?.actual, color: totals && totals.actual < totals.planned ? HEADCOUNT_COLORS.under.main : HEADCOUNT_COLORS.ok.main },
          { key: 'under', value: underCount, color: HEADCOUNT_COLORS.under.main },
          { key: 'vacant', value: totals?.vacantPositions, color: HEADCOUNT_COLORS.vacant.main },
          { key: 'over', value: totals?.overPositions, color: HEADCOUNT_COLORS.over.main },
        ].map((s) => (
          <Col key={s.key} flex="1 1 0">
            <Card size="small" loading={loading && !data}>
              <Statistic title={t(`staffing.totals.${s.key}`)} value={s.value ?? 0} styles={{ content: { color: s.color } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        title={t('nav.staffing')}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="staffing-export">
              {t('staffing.exportExcel')}
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Space>
        }
      >
        <Table<StaffingRow>
          size="small"
          rowKey="positionId"
          loading={loading}
          dataSource={data?.rows ?? []}
          pagination={false}
          sticky
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('staffing.empty')} /> }}
          columns={[
            {
              title: t('org.department'),
              dataIndex: 'departmentName',
              width: 140,
              render: (v: string | null) => v ?? '—',
              filters: depts.map((d) => ({ text: d, value: d })),
              onFilter: (v, r) => r.departmentName === v,
            },
            { title: t('org.title'), key: 'title', render: (_, r) => titleOf(r, lang) },
            { title: t('org.grade'), dataIndex: 'grade', width: 70 },
            { title: t('org.planned'), dataIndex: 'plannedHeadcount', width: 80, align: 'right' },
            { title: t('org.actual'), dataIndex: 'actualHeadcount', width: 80, align: 'right' },
            {
              title: t('staffing.gap'),
              dataIndex: 'gap',
              width: 80,
              align: 'right',
              sorter: (a, b) => a.gap - b.gap,
              // gap = actual − planned: negative is short of the plan, positive is over it
              render: (g: number) => (
                <span style={{ color: g < 0 ? HEADCOUNT_COLORS.under.main : g > 0 ? HEADCOUNT_COLORS.over.main : undefined }}>{g > 0 ? `+${g}` : g}</span>
              ),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: StaffingRow['status']) => <HeadcountTag status={s} />,
              filters: HEADCOUNT_ORDER.map((s) => ({ text: t(`status.headcount.${s}`), value: s })),
              onFilter: (v, r) => r.status === v,
            },
            {
              title: t('org.holders'),
              dataIndex: 'holders',
              render: (h: string[]) => (h.length ? h.join('、') : <Typography.Text type="secondary">—</Typography.Text>),
            },
          ]}
          summary={() =>
            totals ? (
              <Table.Summary fixed>
                <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    {t('staffing.total')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {totals.planned}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {totals.actual}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {totals.actual - totals.planned > 0 ? `+${totals.actual - totals.planned}` : totals.actual - totals.planned}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} colSpan={2}>
                    {t('staffing.summaryLine', { vacant: totals.vacantPositions, over: totals.overPositions })}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      </Card>
    </Space>
  );
}
