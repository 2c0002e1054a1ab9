import { useState } from 'react';
import { Alert, Descriptions, Form, type FormInstance, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan, yuanToFen } from '../../lib/format';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import { useDebounced } from '../../lib/useDebounced';
import { usageChargeFen } from '../../../domain/warranty/coverage';

interface Values {
  vehicleId: string;
  kind: 'replace' | 'refund';
  basis: string;
  reason: string;
  priceYuan: number;
  mileageKm: number;
}

/**
 * Record a customer's 换车/退货 request: the car (given from its 三包 panel, or found by plate/VIN), the deadlines it
 * gets on the point's working calendar (answer within 10 working days, done within 20) and the usage charge
 * (price × km / 1000 × n) as the form is filled.
 */
export function ReturnRequestModal({ vehicleId, onClose }: { vehicleId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const refresh = useInvalidate('/warranty/return-requests');
  const submit = async (v: Values, form: FormInstance<Values>) => {
    try {
      await callApi('post', '/warranty/return-requests', {
        body: { vehicleId: v.vehicleId, kind: v.kind, basis: v.basis ?? '', reason: v.reason, priceFen: yuanToFen(v.priceYuan) ?? 0, mileageKm: v.mileageKm },
      });
      refresh();
      return true;
    } catch (e) {
      report(e, form, { rename: { priceFen: 'priceYuan' } });
      return false;
    }
  };
  return (
    <FormModal<Values>
      open
      title={t('wty.newReturn')}
      width={640}
      initialValues={{ vehicleId, kind: 'replace', basis: '' }}
      onClose={onClose}
      onSubmit={submit}
      testId="return-request"
    >
      <ReturnFields vehicleId={vehicleId} />
    </FormModal>
  );
}

function ReturnFields({ vehicleId }: { vehicleId?: string }) {
  const { t } = useTranslation();
  const time = usePointTime();
  const form = Form.useFormInstance<Values>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const found = useApiQuery('/warranty/vehicles', { query: { q }, enabled: !vehicleId && q.length >= 2 });
  const chosen = Form.useWatch('vehicleId', form) ?? vehicleId;
  const price = Form.useWatch('priceYuan', form);
  const km = Form.useWatch('mileageKm', form);
  const terms = useApiQuery('/warranty/vehicles/{id}/return-terms', { params: { id: chosen ?? '' }, enabled: !!chosen });
  const n = terms.data?.coefficientBp;
  const charge = n !== undefined && price && km !== undefined && km !== null ? usageChargeFen(yuanToFen(price) ?? 0, km, n) : null;
  return (
    <>
      <Form.Item name="vehicleId" label={t('wty.car')} rules={[{ required: true, message: t('wty.carRequired') }]} hidden={!!vehicleId}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setText}
          placeholder={t('wty.findCar')}
          notFoundContent={q.length >= 2 ? t('wty.noCar') : t('wty.findCar')}
          options={(found.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.plate || '—'} ${v.vin} ${v.model} ${v.customerName}` }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('wty.kind')}>
        <Radio.Group options={(['replace', 'refund'] as const).map((k) => ({ value: k, label: t(`wty.return_${k}`) }))} />
      </Form.Item>
      <Form.Item name="basis" label={t('wty.basis')}>
        <Input maxLength={20} placeholder={t('wty.basisHint')} />
      </Form.Item>
      <Form.Item name="reason" label={t('wty.reason')} rules={[{ required: true, min: 2, message: t('wty.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="priceYuan" label={t('wty.price')} rules={[{ required: true, message: t('wty.priceRequired') }]}>
        <InputNumber min={0.01} precision={2} prefix="¥" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        name="mileageKm"
        label={t('wty.mileage')}
        rules={[{ required: true, message: t('wty.mileageRequired') }]}
        extra={terms.data ? t('wty.mileageOnFile', { km: terms.data.mileageKm.toLocaleString() }) : undefined}
      >
        <InputNumber min={0} precision={0} suffix="km" style={{ width: 220 }} />
      </Form.Item>
      {terms.data ? (
        <Descriptions size="small" bordered column={1} data-testid="return-terms">
          <Descriptions.Item label={t('wty.answerBy')}>
            {time.dateTime(terms.data.answerBy)}
            <Typography.Text type="secondary"> ({t('wty.workingDays', { days: terms.data.answerWorkingDays })})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('wty.completeBy')}>
            {time.dateTime(terms.data.completeBy)}
            <Typography.Text type="secondary"> ({t('wty.workingDays', { days: terms.data.completeWorkingDays })})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('wty.usageCharge')}>
            <span data-testid="return-charge">{charge === null ? '—' : formatYuan(charge)}</span>
            <Typography.Text type="secondary"> {t('wty.chargeFormula', { n: ((terms.data.coefficientBp ?? 0) / 100).toFixed(2) })}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {terms.data && !terms.data.startsOn ? <Alert type="warning" showIcon message={t('wty.noDates')} style={{ marginTop: 12 }} /> : null}
    </>
  );
}
