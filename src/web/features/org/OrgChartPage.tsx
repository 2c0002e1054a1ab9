import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Empty, Result, Space, Spin, Typography } from 'antd';
import { CompressOutlined, FileImageOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import type { ECharts } from '../../components/echarts';
import { buildOrgChartOption, fullSize, labelAtZoom, layoutPositions } from './chartOption';
import { exportChartImage } from './exportChart';
import { useOrgChart } from './useOrgChart';
import { useSession } from '../../session/SessionContext';
import { usePositionEditor } from './usePositionEditor';

declare global {
  interface Window {
    /** The live ECharts instance of the org chart (for browser tests and support). */
    __orgChart?: ECharts;
    /** Opens the job-description drawer of a position by id. */
    __openPosition?: (id: string) => void;
  }
}

/** 组织结构图: positions by direct superior, collaboration links dashed, coloured by staffing. */
export default function OrgChartPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data: chart, isLoading: loading, error, refetch } = useOrgChart();
  const reload = () => void refetch();
  const { pointName } = useSession();
  const editor = usePositionEditor(chart);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [fitTick, setFitTick] = useState(0);
  const [exporting, setExporting] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const instance = useRef<ECharts | null>(null);
  const lang = i18n.language;

  const layout = useMemo(() => (chart ? layoutPositions(chart.positions) : null), [chart]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: fitTick: a new option object resets zoom and pan to the fitted view
  const option = useMemo(() => {
    if (!chart || !layout || !size) return null;
    return buildOrgChartOption({ chart, layout, lang, t, viewport: size });
    // fitTick: a new option object resets zoom/pan to the fitted view
  }, [chart, layout, lang, t, size, fitTick]);

  // Mark the position whose drawer is open (without rebuilding the option, so zoom/pan stay).
  const { openId } = editor;
  useEffect(() => {
    const c = instance.current;
    if (!c || !option) return;
    const data = option.series[0].data as { positionId?: string }[];
    const index = openId ? data.findIndex((d) => d.positionId === openId) : -1;
    c.dispatchAction({ type: 'unselect', seriesId: 'org', dataIndex: data.map((_, i) => i) });
    if (index >= 0) c.dispatchAction({ type: 'select', seriesId: 'org', dataIndex: index });
  }, [openId, option]);

  const { openPosition } = editor;
  useEffect(() => {
    window.__openPosition = openPosition;
    return () => {
      delete window.__openPosition;
      delete window.__orgChart;
    };
  }, [openPosition]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measures the box when the chart data arrives and the box is laid out
  useEffect(() => {
    const el = boxRef.current;
    if (el) setSize({ width: el.clientWidth, height: el.clientHeight });
  }, [chart]);

  const doExport = async (kind: 'png' | 'svg') => {
    if (!chart || !layout) return;
    setExporting(true);
    try {
      const opt = buildOrgChartOption({ chart, layout, lang, t, viewport: 'full' });
      await exportChartImage(kind, opt, fullSize(layout), t('org.exportFileName'));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  if (error)
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={(error as Error).message}
        extra={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  const empty = chart && chart.positions.length === 0;

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('nav.orgChart')}
          {chart && (
            <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
              {pointName || chart.servicePointName} · {t('org.positionCount', { count: chart.positions.length })}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {editor.canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editor.openCreate} data-testid="position-new">
              {t('org.newPosition')}
            </Button>
          )}
          <Button icon={<CompressOutlined />} onClick={() => setFitTick((n) => n + 1)} disabled={!chart || empty}>
            {t('org.fitView')}
          </Button>
          <Button icon={<FileImageOutlined />} loading={exporting} onClick={() => doExport('png')} disabled={!chart || empty} data-testid="export-png">
            {t('org.exportPng')}
          </Button>
          <Button icon={<FileImageOutlined />} loading={exporting} onClick={() => doExport('svg')} disabled={!chart || empty} data-testid="export-svg">
            {t('org.exportSvg')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Space>
      }
      styles={{ body: { padding: 12 } }}
    >
      {chart && chart.violations.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('org.violationsTitle', { count: chart.violations.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {chart.violations.map((v, i) => (
                <li key={i}>{v.message}</li>
              ))}
            </ul>
          }
          data-testid="org-violations"
        />
      )}
      {empty ? (
        <Empty description={editor.canEdit ? t('org.emptyChartCanEdit') : t('org.emptyChart')} style={{ padding: 48 }}>
          {editor.canEdit && (
            <Button type="primary" onClick={editor.openCreate}>
              {t('org.newPosition')}
            </Button>
          )}
        </Empty>
      ) : (
        <Spin spinning={loading && !chart}>
          <div ref={boxRef} style={{ height: 'calc(100vh - 190px)', minHeight: 420, border: '1px solid #f0f0f0', borderRadius: 6, background: '#fcfcfd' }}>
            {option && (
              <EChart
                option={option}
                style={{ height: '100%' }}
                data-testid="org-chart"
                onReady={(c) => {
                  instance.current = c;
                  window.__orgChart = c;
                }}
                onResize={(width, height) => setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }))}
                onEvents={{
                  graphroam: () => {
                    const c = instance.current;
                    const series = (c?.getOption() as { series?: { zoom?: number }[] } | undefined)?.series;
                    const zoom = series?.[0]?.zoom;
                    if (c && zoom) c.setOption({ series: [{ id: 'org', label: labelAtZoom(zoom) }] }, { lazyUpdate: true, silent: true });
                  },
                  click: (p) => {
                    const d = p as { dataType?: string; data?: { positionId?: string } };
                    if (d.dataType === 'node' && d.data?.positionId) openPosition(d.data.positionId);
                  },
                }}
              />
            )}
          </div>
        </Spin>
      )}
      {!empty && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('org.chartHint')}
        </Typography.Paragraph>
      )}
      {editor.elements}
    </Card>
  );
}
