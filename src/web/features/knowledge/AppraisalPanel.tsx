import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Radio, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { AuditOutlined, CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { FormModal } from '../../components/FormModal';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { useRun } from '../crm/useRun';

type Appraisal = components['schemas']['Appraisal'];
const VERDICT_COLOR = { quality: 'red', not_quality: 'green', undetermined: 'default' } as const;

const readAsDataUrl = (f: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });
const filesOf = (xs: UploadFile[] | undefined) =>
  Promise.all((xs ?? []).map(async (f) => ({ fileName: f.name.slice(0, 120), contentBase64: await readAsDataUrl(f.originFileObj as Blob) })));
const photoField = (label: string) => (
  <Form.Item name="evidence" label={label} valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)}>
    <Upload listType="picture" accept="image/jpeg,image/png,image/webp" beforeUpload={() => false} maxCount={6}>
      <Button icon={<CameraOutlined />}>{label}</Button>
    </Upload>
  </Form.Item>
);

/**
 * 索赔技术鉴定 on the work order: the advisor asks the 技术主管 whether the fault is a quality problem; the 技术主管
 * answers with a verdict, reasoning and photos. The verdict stays on the order and shows on its warranty claim.
 */
export function AppraisalPanel({ workOrderId, readOnly = false }: { workOrderId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const time = usePointTime();
  const list = useApiQuery('/work-orders/{id}/appraisals', { params: { id: workOrderId } });
  const refresh = useInvalidate('/work-orders/{id}/appraisals');
  const run = useRun(refresh);
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<Appraisal | null>(null);
  const items = list.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('kb.ap.title')}
      data-testid="appraisals"
      extra={
        !readOnly &&
        can('work-orders.manage') && (
          <Button size="small" icon={<AuditOutlined />} onClick={() => setAsking(true)} data-testid="appraisal-ask">
            {t('kb.ap.ask')}
          </Button>
        )
      }
    >
      {items.length === 0 && !list.isLoading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.ap.none')} />}
      {items.map((a) => (
        <div key={a.id} data-testid="appraisal" style={{ marginBottom: 12 }}>
          <Space wrap>
            <Typography.Text strong>{a.question}</Typography.Text>
            {a.faultCodes.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
            {a.verdict ? <Tag color={VERDICT_COLOR[a.verdict]}>{t(`kb.ap.verdict.${a.verdict}`)}</Tag> : <Tag color="gold">{t('kb.ap.waiting')}</Tag>}
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {a.requestedByName} · {time.dateTime(a.requestedAt)}
            {a.decidedAt && ` → ${a.decidedByName} · ${time.dateTime(a.decidedAt)}`}
          </Typography.Paragraph>
          {a.reasoning && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('kb.ap.reasoning')}:{a.reasoning}
            </Typography.Paragraph>
          )}
          {a.evidence.length > 0 && (
            <Space wrap>
              {a.evidence.map((e) => (
                <a key={e.id} href={`/api/attachments/${e.id}`} target="_blank" rel="noreferrer">
                  {e.fileName}
                </a>
              ))}
            </Space>
          )}
          {!readOnly && a.status === 'requested' && can('tech.support') && (
            <div>
              <Button size="small" type="primary" onClick={() => setDeciding(a)} data-testid="appraisal-decide" style={{ marginTop: 4 }}>
                {t('kb.ap.decide')}
              </Button>
            </div>
          )}
        </div>
      ))}
      <FormModal<{ question: string; faultCodes?: string; evidence?: UploadFile[] }>
        open={asking}
        title={t('kb.ap.ask')}
        onClose={() => setAsking(false)}
        onSubmit={async (v, form) => {
          const faultCodes = String(v.faultCodes ?? '')
            .split(/[,,\s]+/)
            .filter(Boolean);
          const evidence = await filesOf(v.evidence);
          return run(
            () => callApi('post', '/work-orders/{id}/appraisals', { params: { id: workOrderId }, body: { question: v.question, faultCodes, evidence } }),
            {
              form,
              success: t('kb.ap.asked'),
            },
          );
        }}
      >
        <Form.Item name="question" label={t('kb.ap.question')} rules={[{ required: true, message: t('kb.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="faultCodes" label={t('kb.faultCodes')}>
          <Input placeholder="P0700" />
        </Form.Item>
        {photoField(t('kb.ap.photos'))}
      </FormModal>
      <FormModal<{ verdict: Appraisal['verdict']; reasoning: string; evidence?: UploadFile[] }>
        open={!!deciding}
        title={t('kb.ap.decide')}
        onClose={() => setDeciding(null)}
        onSubmit={async (v, form) => {
          const evidence = await filesOf(v.evidence);
          return run(
            () =>
              callApi('post', '/appraisals/{id}/decision', {
                params: { id: deciding!.id },
                body: { version: deciding!.version, verdict: v.verdict!, reasoning: v.reasoning, evidence },
              }),
            { form },
          );
        }}
      >
        <Typography.Paragraph>{deciding?.question}</Typography.Paragraph>
        <Form.Item name="verdict" label={t('kb.ap.verdictLabel')} rules={[{ required: true, message: t('kb.required') }]}>
          <Radio.Group options={(['quality', 'not_quality', 'undetermined'] as const).map((v) => ({ value: v, label: t(`kb.ap.verdict.${v}`) }))} />
        </Form.Item>
        <Form.Item name="reasoning" label={t('kb.ap.reasoning')} rules={[{ required: true, message: t('kb.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {photoField(t('kb.ap.photos'))}
      </FormModal>
    </Card>
  );
}
