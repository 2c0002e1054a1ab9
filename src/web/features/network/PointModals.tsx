/** The point drawer's forms: an accreditation step with documents, an evaluation, a rectification, a review. */
import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import type { components } from '../../api/openapi.gen';

type Point = components['schemas']['NetworkPoint'];
type Action = Point['nextActions'][number];

const toBase64 = (f: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });

export function StepModal({ point, action, onClose }: { point: Point; action: Action | null; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const today = usePointTime().date(new Date());
  const act = useApiMutation('post', '/network/points/{id}/accreditation');
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <FormModal<{ on: dayjs.Dayjs; note?: string }>
      open={action !== null}
      title={action ? `${t(`netadmin.actions.${action}`)} · ${point.nameZh}` : ''}
      initialValues={{ on: dayjs(today) }}
      onClose={() => {
        setFiles([]);
        onClose();
      }}
      onSubmit={async (v, form) => {
        try {
          const documents = await Promise.all(files.map(async (f) => ({ fileName: f.name, contentBase64: await toBase64(f.originFileObj as File) })));
          await act.mutateAsync({
            params: { id: point.id },
            body: { version: point.version, action: action!, on: v.on.format('YYYY-MM-DD'), note: v.note ?? '', documents },
          });
          setFiles([]);
          return true;
        } catch (e) {
          report(e, form);
          return false;
        }
      }}
    >
      <Form.Item name="on" label={t('netadmin.on')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="note" label={t('netadmin.note')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={t('netadmin.documents')}>
        <Upload
          accept=".pdf,image/*"
          multiple
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
          onRemove={(f) => setFiles((l) => l.filter((x) => x.uid !== f.uid))}
        >
          <Button icon={<UploadOutlined />}>{t('netadmin.addFile')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}

type Score = { pass: boolean } | { sampled: number; passed: number };

export function EvaluationModal({ point, open, onClose }: { point: Point; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const cards = useApiQuery('/network/scorecards');
  const create = useApiMutation('post', '/network/evaluations');
  const active = (cards.data?.items ?? []).filter((c) => c.active);
  const [cardId, setCardId] = useState<string | undefined>();
  const card = active.find((c) => c.id === (cardId ?? active[0]?.id));
  return (
    <FormModal<{ period: string; note?: string; scores: Record<string, { pass?: boolean; sampled?: number; passed?: number }> }>
      open={open}
      width={640}
      title={`${t('netadmin.fill')} · ${point.nameZh}`}
      onClose={onClose}
      onSubmit={async (v, form) => {
        if (!card) return false;
        const scores: Record<string, Score> = Object.fromEntries(
          card.items.map((i) => {
            const s = v.scores?.[i.key] ?? {};
            return [i.key, i.method === 'passfail' ? { pass: !!s.pass } : { sampled: s.sampled ?? 0, passed: s.passed ?? 0 }];
          }),
        );
        try {
          await create.mutateAsync({ body: { servicePointId: point.id, scorecardId: card.id, period: v.period, scores, note: v.note ?? '' } });
          return true;
        } catch (e) {
          report(e, form);
          return false;
        }
      }}
    >
      <Space wrap>
        <Form.Item label={t('netadmin.scorecard')}>
          <Select
            style={{ width: 240 }}
            aria-label={t('netadmin.scorecard')}
            value={card?.id}
            onChange={setCardId}
            options={active.map((c) => ({ value: c.id, label: c.nameZh }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('netadmin.period')} rules={[{ required: true }]}>
          <Input style={{ width: 140 }} />
        </Form.Item>
      </Space>
      {card?.items.map((i) =>
        i.method === 'passfail' ? (
          <Form.Item key={i.key} name={['scores', i.key, 'pass']} label={`${i.nameZh}(${i.weight})`} valuePropName="checked" initialValue={true}>
            <Switch checkedChildren={t('netadmin.pass')} />
          </Form.Item>
        ) : (
          <Space key={i.key} align="end" wrap>
            <Form.Item name={['scores', i.key, 'sampled']} label={`${i.nameZh}(${i.weight})· ${t('netadmin.sampled')}`} rules={[{ required: true }]}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name={['scores', i.key, 'passed']} label={t('netadmin.passed')} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
        ),
      )}
      <Form.Item name="note" label={t('netadmin.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

export function RectificationModal({ point, evaluationId, open, onClose }: { point: Point; evaluationId: string | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const create = useApiMutation('post', '/network/rectifications');
  return (
    <FormModal<{ title: string; description?: string; ownerName: string; dueOn: dayjs.Dayjs }>
      open={open}
      title={`${t('netadmin.newRect')} · ${point.nameZh}`}
      onClose={onClose}
      onSubmit={async (v, form) => {
        try {
          await create.mutateAsync({
            body: {
              servicePointId: point.id,
              evaluationId,
              title: v.title,
              description: v.description ?? '',
              ownerName: v.ownerName,
              dueOn: v.dueOn?.format('YYYY-MM-DD'),
            },
          });
          return true;
        } catch (e) {
          report(e, form);
          return false;
        }
      }}
    >
      <Form.Item name="title" label={t('netadmin.title')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('netadmin.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="ownerName" label={t('netadmin.owner')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('netadmin.dueOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

type Rect = components['schemas']['Rectification'];
export function ReviewModal({ rect, onClose }: { rect: Rect | null; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const update = useApiMutation('patch', '/network/rectifications/{id}');
  return (
    <FormModal<{ reviewNote: string }>
      open={rect !== null}
      title={`${t('netadmin.review')} · ${rect?.title ?? ''}`}
      onClose={onClose}
      onSubmit={async (v, form) => {
        try {
          await update.mutateAsync({ params: { id: rect!.id }, body: { version: rect!.version, status: 'reviewed', reviewNote: v.reviewNote } });
          return true;
        } catch (e) {
          report(e, form);
          return false;
        }
      }}
    >
      <Form.Item name="reviewNote" label={t('netadmin.reviewNote')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
