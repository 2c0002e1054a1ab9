import { Button, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { yuanToFen } from '../../lib/format';
import type { WoRun } from '../work-orders/useWoRun';
import { CatalogSearch } from '../extra-work/CatalogSearch';
import { type CaseDetail, fileToUpload } from './types';

type LineValues = { kind: 'labor' | 'parts'; refId: string; qty: number; unitYuan: number };
type Values = {
  assessorName: string;
  lossObject: 'own' | 'third_party';
  salvageYuan?: number;
  note?: string;
  lines: LineValues[];
  files?: { originFileObj?: File }[];
};

/** 定损单 (kind initial) or 追加定损 (supplement): catalog lines at the assessor's prices, salvage, photos and PDFs. */
export function AssessmentModal({
  c,
  kind,
  open,
  onClose,
  run,
}: {
  c: CaseDetail;
  kind: 'initial' | 'supplement';
  open: boolean;
  onClose: () => void;
  run: WoRun;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<Values>
      open={open}
      width={760}
      title={t(kind === 'initial' ? 'ins.assessInitial' : 'ins.assessSupplement')}
      onClose={onClose}
      testId="ins-assessment-form"
      initialValues={{ assessorName: c.assessorName ?? '', lossObject: 'own', salvageYuan: 0, lines: [{ kind: 'parts', qty: 1 } as LineValues] }}
      onSubmit={async (v, form) => {
        const files = await Promise.all((v.files ?? []).flatMap((f) => (f.originFileObj ? [fileToUpload(f.originFileObj)] : [])));
        return !!(await run(
          () =>
            callApi('post', '/insurance-cases/{id}/assessments', {
              params: { id: c.id },
              body: {
                version: c.version,
                kind,
                lossObject: v.lossObject,
                assessorName: v.assessorName,
                salvageFen: yuanToFen(v.salvageYuan) ?? 0,
                note: v.note ?? '',
                lines: v.lines.map((l) =>
                  l.kind === 'labor'
                    ? { kind: 'labor' as const, laborOperationId: l.refId, qty: l.qty, unitPriceFen: yuanToFen(l.unitYuan) ?? 0 }
                    : { kind: 'parts' as const, partId: l.refId, qty: l.qty, unitPriceFen: yuanToFen(l.unitYuan) ?? 0 },
                ),
                files,
              },
            }),
          { form },
        ));
      }}
    >
      <Space wrap>
        <Form.Item name="assessorName" label={t('ins.assessor')} rules={[{ required: true, message: t('ins.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="lossObject" label={t('ins.lossObject')}>
          <Radio.Group options={['own', 'third_party'].map((k) => ({ value: k, label: t(`ins.loss.${k}`) }))} />
        </Form.Item>
        <Form.Item name="salvageYuan" label={t('ins.salvage')}>
          <InputNumber min={0} precision={2} prefix="¥" />
        </Form.Item>
      </Space>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'kind']} label={i === 0 ? t('ins.kind') : undefined}>
                  <Select
                    style={{ width: 90 }}
                    aria-label={`${t('ins.kind')} ${i + 1}`}
                    options={[
                      { value: 'parts', label: t('ins.parts') },
                      { value: 'labor', label: t('ins.labor') },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => (
                    <Form.Item
                      name={[f.name, 'refId']}
                      label={i === 0 ? t('ins.item') : undefined}
                      rules={[{ required: true, message: t('ins.required') }]}
                      style={{ width: 300 }}
                    >
                      <CatalogSearch
                        kind={getFieldValue(['lines', f.name, 'kind']) === 'labor' ? 'labor' : 'parts'}
                        placeholder={`${t('ins.item')} ${i + 1}`}
                      />
                    </Form.Item>
                  )}
                </Form.Item>
                <Form.Item name={[f.name, 'qty']} label={i === 0 ? t('ins.qty') : undefined} rules={[{ required: true, message: t('ins.required') }]}>
                  <InputNumber min={0.001} style={{ width: 90 }} aria-label={`${t('ins.qty')} ${i + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'unitYuan']}
                  label={i === 0 ? t('ins.unitPrice') : undefined}
                  rules={[{ required: true, message: t('ins.required') }]}
                >
                  <InputNumber min={0} precision={2} prefix="¥" style={{ width: 130 }} aria-label={`${t('ins.unitPrice')} ${i + 1}`} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
              </Space>
            ))}
            <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'parts', qty: 1 })} data-testid="ins-add-line">
              {t('ins.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="note" label={t('ins.note')} style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="files" label={t('ins.files')} valuePropName="fileList" getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList}>
        <Upload beforeUpload={() => false} accept="image/jpeg,image/png,image/webp,application/pdf" multiple maxCount={10}>
          <Button icon={<UploadOutlined />}>{t('ins.addFiles')}</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
