import { useEffect, useState } from 'react';
import { Alert, App, Button, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { usePointTime } from '../../lib/time';
import type { Board } from './types';

/** 派工建议: the proposed plan for the unassigned jobs; 采纳所选 (checked lines) or 全部采纳 assigns them one by one, showing progress. */
export function SuggestionsModal({
  open,
  pointId,
  board,
  onClose,
  onApplied,
}: {
  open: boolean;
  pointId: string | undefined;
  board: Board | undefined;
  onClose: () => void;
  onApplied: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useApiQuery('/workshop/suggestions', { query: { servicePointId: pointId }, enabled: open && !!pointId });
  const { time: hhmm } = usePointTime();
  const [progress, setProgress] = useState<{ done: number; total: number; failed: string[] } | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const all = s.data?.items ?? [];
  const running = !!progress && progress.done < progress.total;
  // Every line is proposed checked; the dispatcher unticks what they do not want.
  useEffect(() => setPicked((s.data?.items ?? []).map((i) => i.jobId)), [s.data]);

  const apply = async (items: typeof all) => {
    const failed: string[] = [];
    setProgress({ done: 0, total: items.length, failed });
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const job =
        board?.unassigned.find((j) => j.id === it.jobId) ?? board?.lanes.flatMap((l) => l.technicians.flatMap((x) => x.jobs)).find((j) => j.id === it.jobId);
      try {
        if (!job) throw new Error(t('ws.jobGone'));
        await callApi('post', '/workshop/jobs/{id}/assign', {
          params: { id: it.jobId },
          body: { version: job.version, technicianEmployeeId: it.technicianEmployeeId, plannedStartAt: it.plannedStartAt },
        });
      } catch (e) {
        failed.push(`${it.workOrderNumber} ${it.lineName}: ${(e as Error).message}`);
      }
      setProgress({ done: i + 1, total: items.length, failed: [...failed] });
    }
    if (failed.length === 0) message.success(t('ws.appliedAll', { count: items.length }));
    else message.warning(t('ws.appliedSome', { ok: items.length - failed.length, failed: failed.length }));
    onApplied();
  };

  const close = () => {
    if (running) return;
    setProgress(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      width={860}
      title={t('ws.suggestions')}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close} disabled={running}>
            {t('ws.close')}
          </Button>
          <Button
            onClick={() => apply(all.filter((i) => picked.includes(i.jobId)))}
            loading={running}
            disabled={picked.length === 0 || !!progress}
            data-testid="apply-selected"
          >
            {t('ws.applySelected', { count: picked.length })}
          </Button>
          <Button type="primary" onClick={() => apply(all)} loading={running} disabled={all.length === 0 || !!progress} data-testid="apply-all">
            {t('ws.applyAll')}
          </Button>
        </Space>
      }
    >
      {s.error ? <Alert type="error" showIcon title={(s.error as Error).message} /> : null}
      {s.data && (
        <Typography.Paragraph type="secondary">
          {t('ws.suggestSummary', { count: all.length, makespan: Math.round(s.data.makespanMinutes), late: Math.round(s.data.totalLatenessMinutes) })}
        </Typography.Paragraph>
      )}
      {progress && (
        <div style={{ marginBottom: 12 }} data-testid="apply-progress">
          <Progress
            percent={Math.round((progress.done / Math.max(progress.total, 1)) * 100)}
            status={progress.failed.length ? 'exception' : running ? 'active' : 'success'}
            format={() => `${progress.done}/${progress.total}`}
            aria-label={`${progress.done}/${progress.total}`}
          />
          {progress.failed.map((f) => (
            <Typography.Text key={f} type="danger" style={{ display: 'block', fontSize: 12 }}>
              {f}
            </Typography.Text>
          ))}
        </div>
      )}
      <Table
        size="small"
        rowKey="jobId"
        loading={s.isFetching}
        dataSource={all}
        pagination={false}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked(keys as string[]),
          getCheckboxProps: (r) => ({ disabled: !!progress, 'aria-label': t('ws.selectLine', { number: r.workOrderNumber, line: r.lineName }) }) as object,
        }}
        scroll={{ y: 360 }}
        columns={[
          {
            title: t('ws.workOrder'),
            render: (_, r) => (
              <>
                {r.workOrderNumber}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.plate}
                </Typography.Text>
              </>
            ),
          },
          { title: t('ws.line'), dataIndex: 'lineName' },
          { title: t('ws.technician'), dataIndex: 'technicianName' },
          { title: t('ws.planned'), render: (_, r) => `${hhmm(r.plannedStartAt)}–${hhmm(r.plannedEndAt)}` },
          {
            title: t('ws.lateness'),
            render: (_, r) => (
              <Space size={2}>
                {r.lateMinutes > 0 ? <Tag color="red">{t('ws.lateBy', { min: Math.round(r.lateMinutes) })}</Tag> : <Tag color="green">{t('ws.onTime')}</Tag>}
                {r.isPastDayEnd && <Tag color="orange">{t('ws.pastDayEnd')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {(s.data?.unassignable.length ?? 0) > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('ws.unassignable')}
          description={s.data!.unassignable.map((u) => (
            <div key={u.jobId}>
              {board?.unassigned.find((j) => j.id === u.jobId)?.workOrderNumber ?? u.jobId}: {u.reason}
            </div>
          ))}
        />
      )}
    </Modal>
  );
}
