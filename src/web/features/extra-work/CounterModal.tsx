import { useState } from 'react';
import { Form, Input, Radio, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { Run } from '../crm/useRun';
import { Pad } from '../work-orders/detail/SignaturePad';
import type { ExtraWork } from './types';

interface Values {
  decisions: Record<string, 'approved' | 'refused'>;
  confirmedByName: string;
  method: '现场签字' | '电话确认';
}

/** 柜台确认: the customer answers per item at the counter (signature) or on the phone; the advisor is the witness. */
export function CounterModal({ request, onClose, run }: { request: ExtraWork | null; onClose: () => void; run: Run }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [signature, setSignature] = useState<string>();
  const [method, setMethod] = useState<Values['method']>('现场签字');
  if (!request) return null;
  return (
    <FormModal<Values>
      open
      title={t('xw.counterTitle', { number: request.number })}
      width={640}
      initialValues={{ method: '现场签字' }}
      onClose={() => {
        setSignature(undefined);
        onClose();
      }}
      testId="xw-counter-form"
      onSubmit={(v, form) =>
        run(
          () =>
            callApi('post', '/extra-work/{id}/counter-decision', {
              params: { id: request.id },
              body: {
                version: request.version,
                decisions: request.items.map((i) => ({ itemId: i.id, decision: v.decisions[i.id] })),
                confirmedByName: v.confirmedByName,
                method: v.method,
                signature: v.method === '现场签字' ? signature : undefined,
              },
            }),
          { form, success: t('xw.decided') },
        )
      }
    >
      {request.items.map((i) => (
        <Form.Item
          key={i.id}
          name={['decisions', i.id]}
          label={`${i.name} · ${formatYuan(i.amountFen ?? 0)}`}
          rules={[{ required: true, message: t('xw.public.chooseAll') }]}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approved', label: t('xw.decision.approved') },
              { value: 'refused', label: t('xw.decision.refused') },
            ]}
          />
        </Form.Item>
      ))}
      <Form.Item name="confirmedByName" label={t('xw.confirmedBy')} rules={[{ required: true, whitespace: true, message: t('xw.confirmedByRequired') }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="method" label={t('xw.method')}>
        <Radio.Group
          onChange={(e) => setMethod(e.target.value as Values['method'])}
          options={[
            { value: '现场签字', label: '现场签字' },
            { value: '电话确认', label: '电话确认' },
          ]}
        />
      </Form.Item>
      {method === '现场签字' &&
        (signature ? (
          <Typography.Paragraph>
            <CheckCircleFilled style={{ color: '#389e0d' }} /> {t('xw.signedOk')}
          </Typography.Paragraph>
        ) : (
          <Form.Item label={t('xw.signHere')} name="signature" help={null}>
            <Pad onSave={setSignature} busy={false} />
          </Form.Item>
        ))}
      <Typography.Text type="secondary">{t('xw.witness', { name: me?.displayName ?? '' })}</Typography.Text>
    </FormModal>
  );
}
