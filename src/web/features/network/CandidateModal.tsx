import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import type { NetworkPoint } from './NetworkAdminPage';

interface Values {
  parentId: string;
  kind: 'station' | 'franchise';
  code: string;
  nameZh: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  lng?: number | null;
  lat?: number | null;
  on: dayjs.Dayjs;
  note?: string;
}

/** Register a candidate dealer: a new point that starts the accreditation lifecycle in 申请. */
export function CandidateModal({ open, points, onClose }: { open: boolean; points: NetworkPoint[]; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const create = useApiMutation('post', '/network/candidates');
  const today = usePointTime().date(new Date());
  const parents = points.filter((p) => p.kind === 'hq' || p.kind === 'regional');
  return (
    <FormModal<Values>
      open={open}
      title={t('netadmin.candidate')}
      width={640}
      initialValues={{ kind: 'franchise', on: dayjs(today), parentId: parents.find((p) => p.kind === 'regional')?.id }}
      onClose={onClose}
      onSubmit={async (v, form) => {
        try {
          await create.mutateAsync({ body: { ...v, on: v.on.format('YYYY-MM-DD'), lng: v.lng ?? null, lat: v.lat ?? null } });
          return true;
        } catch (e) {
          report(e, form);
          return false;
        }
      }}
    >
      <Form.Item name="parentId" label={t('netadmin.parent')} rules={[{ required: true }]}>
        <Select options={parents.map((p) => ({ value: p.id, label: p.nameZh }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="kind" label={t('netadmin.kind')} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={(['franchise', 'station'] as const).map((k) => ({ value: k, label: t(`points.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('netadmin.code')} rules={[{ required: true }]}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="on" label={t('netadmin.on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="nameZh" label={t('netadmin.nameZh')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('netadmin.address')}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="contactName" label={t('netadmin.contact')}>
          <Input />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('netadmin.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="lng" label={t('netadmin.lng')}>
          <InputNumber min={-180} max={180} step={0.01} />
        </Form.Item>
        <Form.Item name="lat" label={t('netadmin.lat')}>
          <InputNumber min={-90} max={90} step={0.01} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('netadmin.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
