import { Button, Checkbox, Form, type FormInstance, Input, InputNumber, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { fenToYuan, yuanToFen } from '../../lib/format';
import { type Claim, useClaimsRun } from './shared';

interface Values {
  faultCode: string;
  faultDescription: string;
  causePartNo: string;
  mileageKm: number;
  otherCostYuan: number;
  otherCostNote: string;
  preauthId: string | null;
  labor: { code: string; hours: number }[];
  parts: { partNo: string; qty: number; needsReturn: boolean }[];
}

/** The 索赔专员 corrects a draft or returned claim: fault code, cause part, labor codes, parts of the order, mileage, other costs, pre-authorisation. */
export function ClaimEditModal({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useClaimsRun();
  const catalog = useApiQuery('/claim-catalog');
  const preauths = useApiQuery('/claim-preauths', { query: { servicePointId: claim.servicePointId, status: 'approved' } });
  const approved = (preauths.data?.items ?? []).filter((p) => p.workOrderId === claim.workOrderId);
  const initial: Values = {
    faultCode: claim.faultCode,
    faultDescription: claim.faultDescription,
    causePartNo: claim.causePartNo,
    mileageKm: claim.mileageKm,
    otherCostYuan: fenToYuan(claim.otherCostFen) ?? 0,
    otherCostNote: claim.otherCostNote,
    preauthId: claim.preauthId,
    labor: claim.lines.filter((l) => l.kind === 'labor').map((l) => ({ code: l.code, hours: l.hours ?? 0 })),
    parts: claim.lines.filter((l) => l.kind === 'parts').map((l) => ({ partNo: l.code, qty: l.qty ?? 0, needsReturn: l.needsReturn })),
  };
  const submit = (v: Values, form: FormInstance<Values>) =>
    run(
      () => {
        const { otherCostYuan, ...rest } = v;
        return callApi('patch', '/claims/{id}', {
          params: { id: claim.id },
          body: { ...rest, version: claim.version, otherCostFen: yuanToFen(otherCostYuan) ?? 0, photos: [] },
        });
      },
      form,
      { rename: { otherCostFen: 'otherCostYuan' } },
    );
  const codes = (catalog.data?.faultCodes ?? []).map((f) => ({ value: f.code, label: `${f.code} ${f.nameZh}` }));
  const labor = (catalog.data?.laborCodes ?? []).map((l) => ({ value: l.code, label: `${l.code} ${l.nameZh}(${l.hours} h)` }));
  return (
    <FormModal<Values>
      open
      title={`${t('cl.edit')} ${claim.number}`}
      width={760}
      initialValues={initial}
      onClose={onClose}
      onSubmit={submit}
      testId="claim-edit-form"
    >
      {claim.status === 'returned' && claim.decisionReason ? (
        <Typography.Paragraph type="warning">
          {t('cl.returnedBecause')}: {claim.decisionReason}
        </Typography.Paragraph>
      ) : null}
      <Space wrap align="start">
        <Form.Item name="faultCode" label={t('cl.fault')} rules={[{ required: true, message: t('cl.faultRequired') }]}>
          <Select showSearch options={codes} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="causePartNo" label={t('cl.causePart')} rules={[{ required: true, message: t('cl.causeRequired') }]}>
          <Input maxLength={40} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="mileageKm" label={t('cl.mileage')} rules={[{ required: true, message: t('cl.mileageRequired') }]}>
          <InputNumber min={0} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Form.Item name="faultDescription" label={t('cl.faultDescription')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('cl.laborLines')}
      </Typography.Text>
      <LaborRows options={labor} hoursOf={(code) => catalog.data?.laborCodes.find((l) => l.code === code)?.hours} />
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('cl.partLines')}
      </Typography.Text>
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'partNo']} label={t('cl.partNo')} rules={[{ required: true, message: t('cl.partRequired') }]}>
                  <Input maxLength={40} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'qty']} label={t('cl.qty')} rules={[{ required: true, message: t('cl.qtyRequired') }]}>
                  <InputNumber min={0.001} max={9999} />
                </Form.Item>
                <Form.Item name={[f.name, 'needsReturn']} valuePropName="checked">
                  <Checkbox>{t('cl.needsReturn')}</Checkbox>
                </Form.Item>
                <Button type="text" aria-label={t('cl.removeLine')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1, needsReturn: true })} style={{ marginBottom: 12 }}>
              {t('cl.addPart')}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap align="start">
        <Form.Item name="otherCostYuan" label={t('cl.otherCost')}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="otherCostNote" label={t('cl.otherCostNote')}>
          <Input maxLength={500} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="preauthId" label={t('cl.preauth')}>
          <Select allowClear style={{ width: 220 }} options={approved.map((p) => ({ value: p.id, label: p.number }))} placeholder={t('cl.noPreauth')} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

/** The labor rows: choosing a manufacturer's labor code fills its standard hours. */
function LaborRows({ options, hoursOf }: { options: { value: string; label: string }[]; hoursOf: (code: string) => number | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  return (
    <Form.List name="labor">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'code']} label={t('cl.laborCode')} rules={[{ required: true, message: t('cl.laborRequired') }]}>
                <Select
                  showSearch
                  options={options}
                  style={{ width: 300 }}
                  onChange={(code) => {
                    const hours = hoursOf(code);
                    if (hours) form.setFieldValue(['labor', f.name, 'hours'], hours);
                  }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'hours']} label={t('cl.hours')} rules={[{ required: true, message: t('cl.hoursRequired') }]}>
                <InputNumber min={0.1} max={999} step={0.1} />
              </Form.Item>
              <Button type="text" aria-label={t('cl.removeLine')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ hours: 1 })} style={{ marginBottom: 12 }}>
            {t('cl.addLabor')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
