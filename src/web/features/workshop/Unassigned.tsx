import { useState } from 'react';
import { Alert, Badge, Button, Empty, Modal, Select, Tag, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { JobCardView } from './JobCardView';
import type { Board, JobCard } from './types';

/** Technicians of the board as Select options, grouped by team. */
export function technicianOptions(
  board: Board | undefined,
  gradeLabel: (g: string) => string,
  absent: string,
  notEligible?: { label: string; of: (employeeId: string) => string | undefined },
) {
  return (board?.lanes ?? []).map((l) => ({
    label: l.teamName,
    options: l.technicians.map((x) => {
      const why = notEligible?.of(x.employeeId);
      return {
        value: x.employeeId,
        label: `${x.name} · ${gradeLabel(x.skillGrade)}${x.isPresent ? '' : ` · ${absent}`}${why ? ` · ${notEligible!.label}` : ''}`,
        title: why,
      };
    }),
  }));
}

/** 派工 with a technician Select (the keyboard / touch alternative to drag and drop). */
export function AssignModal({
  job,
  board,
  onClose,
  onAssign,
}: {
  job: JobCard | null;
  board: Board | undefined;
  onClose: () => void;
  onAssign: (job: JobCard, techId: string, time?: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [tech, setTech] = useState<string>();
  // The keyboard's way to plan a start time (a drop on the time axis does it with the mouse); empty = when free.
  const [start, setStart] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  // Why a technician may not take this job (trade, certificate, grade), from the board; the server refuses them too.
  const whyNot = (id: string) => (job?.ineligibleKey ? board?.ineligible[job.ineligibleKey] : undefined)?.find((x) => x.employeeId === id)?.reason;
  const techName = board?.lanes.flatMap((l) => l.technicians).find((x) => x.employeeId === tech)?.name ?? '';
  const refusal = tech ? whyNot(tech) : undefined;
  return (
    <Modal
      open={!!job}
      destroyOnHidden
      title={job ? t('ws.assignTitle', { number: job.workOrderNumber, line: job.lineName }) : ''}
      okText={t('ws.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !tech, loading: busy, id: 'assign-ok' }}
      onCancel={() => {
        setTech(undefined);
        setStart(null);
        onClose();
      }}
      onOk={async () => {
        if (!job || !tech) return;
        setBusy(true);
        const ok = await onAssign(job, tech, start?.format('HH:mm')).finally(() => setBusy(false));
        if (ok) {
          setTech(undefined);
          setStart(null);
          onClose();
        }
      }}
    >
      {job && (
        <Typography.Paragraph type="secondary">
          {job.plate} · {job.model} · {t(`trade.${job.trade}`, { defaultValue: job.trade })} · {job.standardMinutes} {t('ws.minutes')}
          {job.requiredCertificate && (
            <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="assign-required-certificate">
              {t('ws.requiredCertificate', { name: job.requiredCertificate })}
            </Tag>
          )}
        </Typography.Paragraph>
      )}
      <Select
        style={{ width: '100%' }}
        showSearch
        optionFilterProp="label"
        placeholder={t('ws.pickTechnician')}
        value={tech}
        onChange={setTech}
        options={technicianOptions(board, (g) => t(`grade.${g}`, { defaultValue: g }), t('ws.absent'), { label: t('ws.notEligible'), of: whyNot })}
        data-testid="assign-select"
        aria-label={t('ws.pickTechnician')}
      />
      {refusal && (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginTop: 8 }}
          title={t('ws.notEligibleReason', { name: techName, reason: refusal })}
          data-testid="assign-not-eligible"
        />
      )}
      <TimePicker
        style={{ width: '100%', marginTop: 8 }}
        format="HH:mm"
        minuteStep={15}
        needConfirm={false}
        value={start}
        onChange={setStart}
        placeholder={t('ws.plannedStartPlaceholder')}
        aria-label={t('ws.plannedStartPlaceholder')}
        data-testid="assign-start"
      />
    </Modal>
  );
}

/** 未派工: jobs without a technician; drag one onto a row or press 派工. */
export function UnassignedList({ jobs, canDispatch, onPick }: { jobs: JobCard[]; canDispatch: boolean; onPick: (j: JobCard) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="unassigned" style={{ display: 'flex', flexDirection: 'column', gap: 6, minHeight: 0 }}>
      <Typography.Text strong>
        {t('ws.unassigned')} <Badge count={jobs.length} showZero color={jobs.length ? '#595959' : '#d9d9d9'} />
      </Typography.Text>
      {canDispatch && jobs.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {t('ws.dragHint')}
        </Typography.Text>
      )}
      <div style={{ overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 4, paddingRight: 2 }}>
        {jobs.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ws.allAssigned')} />}
        {jobs.map((j) => (
          <JobCardView
            key={j.id}
            job={j}
            canDrag={canDispatch}
            style={{ padding: '3px 6px', flex: 'none' }}
            extra={
              canDispatch ? (
                <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                  <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
                    {t(`trade.${j.trade}`, { defaultValue: j.trade })} · {j.standardMinutes}′
                  </span>
                  <Button size="small" type="link" style={{ padding: 0, height: 18, fontSize: 11 }} onClick={() => onPick(j)} data-testid={`assign-${j.id}`}>
                    {t('ws.assign')}
                  </Button>
                </div>
              ) : null
            }
          />
        ))}
      </div>
    </div>
  );
}
