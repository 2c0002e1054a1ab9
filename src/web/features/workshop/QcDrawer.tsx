import { useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Input, InputNumber, Result, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { checklistPayload, QcChecklist, type QcAnswer } from './QcChecklist';
import { isConflict, useReportError } from '../../lib/errors';
import { categoryLabel, ROAD_TEST_CATEGORIES, type WorkOrderListItem } from './types';

type QcResult = Awaited<ReturnType<typeof sendQc>>;
type QcBody = { passed: boolean; roadTested: boolean; notes: string; checklist: { item: string; passed: boolean; note: string }[]; mileageOut?: number };
const sendQc = (order: WorkOrderListItem, body: QcBody) =>
  callApi('post', '/work-orders/{id}/qc', { params: { id: order.id }, body: { version: order.version, ...body } });

/** One work order's QC: its lines, 路试, notes, 合格 / 不合格(返工); shows the certificate number after a pass. */
export function QcDrawer({ order, onClose, onDone }: { order: WorkOrderListItem | null; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const [roadTested, setRoadTested] = useState(false);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<QcResult | null>(null);
  const [notesError, setNotesError] = useState(false);
  const [answers, setAnswers] = useState<QcAnswer[]>([]);
  const [checkErrors, setCheckErrors] = useState(false);
  const [mileageOut, setMileageOut] = useState<number | null>(null);
  // The list item has no lines: the order's detail brings them.
  const detail = useApiQuery('/work-orders/{id}', { params: { id: order?.id ?? '' }, enabled: !!order, keepPrevious: false });
  const list = useApiQuery('/work-orders/{id}/qc-checklist', { params: { id: order?.id ?? '' }, enabled: !!order, keepPrevious: false });
  // biome-ignore lint/correctness/useExhaustiveDependencies: clears the form when another order is opened
  useEffect(() => {
    setRoadTested(false);
    setNotes('');
    setResult(null);
    setNotesError(false);
    setCheckErrors(false);
    setMileageOut(order?.mileageIn ?? null);
  }, [order?.id]);
  useEffect(() => setAnswers((list.data?.items ?? []).map((item) => ({ item, passed: null, note: '' }))), [list.data]);
  if (!order) return <Drawer open={false} />;
  const needsRoad = ROAD_TEST_CATEGORIES.includes(order.repairCategory);

  const submit = async (passed: boolean) => {
    const checklist = checklistPayload(answers);
    const anyFail = answers.some((a) => a.passed === false);
    if (!checklist || (passed && anyFail)) {
      setCheckErrors(true);
      if (passed && anyFail) message.error(t('ws.qcHasFails'));
      return;
    }
    if (!passed && !notes.trim() && !anyFail) {
      setNotesError(true);
      return;
    }
    setBusy(true);
    try {
      const r = await sendQc(order, { passed, roadTested, notes, checklist, ...(mileageOut != null ? { mileageOut } : {}) });
      setResult(r);
      message.success(passed ? t('ws.qcPassed') : t('ws.qcFailed'));
      onDone();
    } catch (e) {
      if (isConflict(e)) {
        message.error(t('common.staleVersion'));
        onDone();
        onClose();
      } else report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer open width={560} onClose={onClose} destroyOnHidden title={t('ws.qcTitle', { number: order.number, plate: order.plate })}>
      {result ? (
        <Result
          status={result.inspection.isPassed ? 'success' : 'warning'}
          data-testid="qc-result"
          title={result.inspection.isPassed ? t('ws.qcPassed') : t('ws.qcFailed')}
          subTitle={
            result.inspection.certificateNo ? (
              <span data-testid="certificate-no">{t('ws.certificate', { no: result.inspection.certificateNo })}</span>
            ) : result.inspection.isPassed ? (
              t('ws.noCertificate')
            ) : (
              t('ws.reworkHint')
            )
          }
          extra={
            <Button type="primary" onClick={onClose}>
              {t('ws.close')}
            </Button>
          }
        />
      ) : (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 12 }}
            items={[
              { key: 'm', label: t('ws.model'), children: order.model },
              { key: 'c', label: t('ws.category'), children: categoryLabel(order.repairCategory, i18n.language) },
              { key: 'a', label: t('ws.advisor'), children: order.advisorName ?? '—' },
              { key: 'r', label: t('ws.rework'), children: order.reworkCount },
              { key: 'q', label: t('ws.concerns'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{order.concerns}</span> },
              ...(order.diagnosis ? [{ key: 'd', label: t('ws.diagnosis'), span: 2, children: order.diagnosis }] : []),
            ]}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            loading={detail.isLoading}
            dataSource={detail.data?.id === order.id ? detail.data.lines : []}
            style={{ marginBottom: 16 }}
            columns={[
              {
                title: t('ws.kind'),
                dataIndex: 'kind',
                width: 70,
                render: (k: string) => <Tag color={k === 'labor' ? 'blue' : 'green'}>{t(`ws.kinds.${k}`)}</Tag>,
              },
              {
                title: t('ws.line'),
                render: (_, l) => (
                  <>
                    {l.name}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {l.code}
                    </Typography.Text>
                  </>
                ),
              },
              { title: t('ws.qty'), width: 90, render: (_, l) => (l.kind === 'labor' ? `${l.hours ?? 0} h` : l.qty) },
            ]}
          />
          <QcChecklist answers={answers} onChange={setAnswers} showErrors={checkErrors} />
          {needsRoad && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ws.roadTestNeeded')} />}
          <Space style={{ marginBottom: 12 }} wrap>
            <Switch checked={roadTested} onChange={setRoadTested} data-testid="qc-road" aria-label={t('ws.roadTested')} /> <span>{t('ws.roadTested')}</span>
            <label htmlFor="qc-mileage-out" style={{ marginLeft: 16 }}>
              {t('ws.mileageOut')}
            </label>
            <InputNumber
              id="qc-mileage-out"
              min={order.mileageIn}
              max={9_999_999}
              precision={0}
              value={mileageOut}
              onChange={setMileageOut}
              suffix="km"
              style={{ width: 150 }}
            />
          </Space>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            value={notes}
            status={notesError ? 'error' : undefined}
            placeholder={t('ws.qcNotesPlaceholder')}
            onChange={(e) => {
              setNotes(e.target.value);
              setNotesError(false);
            }}
            data-testid="qc-notes"
            aria-label={t('ws.qcNotesPlaceholder')}
          />
          {notesError && <Typography.Text type="danger">{t('ws.failNeedsNotes')}</Typography.Text>}
          <div style={{ display: 'flex', gap: 12, marginTop: 16 }}>
            <Button type="primary" size="large" style={{ flex: 1, background: '#237804' }} loading={busy} onClick={() => submit(true)} data-testid="qc-pass">
              {t('ws.pass')}
            </Button>
            <Button danger size="large" style={{ flex: 1 }} loading={busy} onClick={() => submit(false)} data-testid="qc-fail">
              {t('ws.fail')}
            </Button>
          </div>
        </>
      )}
    </Drawer>
  );
}
