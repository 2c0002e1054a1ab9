/**
 * The engineer's phone page (390 × 844): today's visits in route order; check-in and check-out with the time and the
 * browser's location (a refusal is sent as refused, never faked); report, parts from the van, photos, signature.
 */
import { useState } from 'react';
import { Button, Card, Empty, Form, Input, InputNumber, Result, Select, Space, Switch, Tag, Typography, Upload } from 'antd';
import { EnvironmentOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldCheckOut, FieldVisit } from '../../../contracts/field-service';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { usePointTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { SignaturePad } from './SignaturePad';
import { Deadline, VisitStatusTag } from './VisitTags';
import { TechSupportButton } from '../knowledge/TechSupportButton';

type Geo = FieldCheckOut['geo'];

/** The browser's position, or how it failed: permission refused → 'refused'; no API, timeout, error → 'unavailable'. */
function locate(): Promise<Geo> {
  if (!('geolocation' in navigator)) return Promise.resolve({ status: 'unavailable' });
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ status: 'ok', lat: p.coords.latitude, lng: p.coords.longitude }),
      (e) => resolve({ status: e.code === e.PERMISSION_DENIED ? 'refused' : 'unavailable' }),
      { timeout: 10_000, maximumAge: 60_000 },
    ),
  );
}

const toBase64 = (f: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = reject;
    r.readAsDataURL(f);
  });

interface CheckOutForm {
  report: string;
  resolved: boolean;
  parts?: { partCode: string; qty: number }[];
  signedByName?: string;
  nextVisitDate?: string;
}

export default function MyVisitsPage() {
  const { t } = useTranslation();
  const time = usePointTime();
  const mine = useApiQuery('/field/my-visits');
  const refresh = useInvalidate('/field');
  const run = useRun(refresh);
  const [busy, setBusy] = useState<string | null>(null);
  const [closing, setClosing] = useState<FieldVisit | null>(null);
  const [signature, setSignature] = useState<string | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [form] = Form.useForm<CheckOutForm>();
  const resolved = Form.useWatch('resolved', form);
  if (mine.data && !mine.data.engineer) return <Result status="info" title={t('fld.notEngineer')} />;
  const van = mine.data?.engineer?.vanStock ?? [];
  const checkIn = async (v: FieldVisit) => {
    setBusy(v.id);
    const geo = await locate();
    await run(() => callApi('post', '/field/visits/{id}/check-in', { params: { id: v.id }, body: { version: v.version, geo } }), {
      success: geo.status === 'ok' ? t('fld.geoOk') : geo.status === 'refused' ? t('fld.geoRefused') : t('fld.geoUnavailable'),
    });
    setBusy(null);
  };
  const big = { size: 'large' as const, block: true, style: { height: 52, fontSize: 17 } };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 480 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('fld.navMyVisits')} · {mine.data?.date}
      </Typography.Title>
      {mine.data && mine.data.visits.length === 0 && <Empty description={t('fld.noVisits')} />}
      {mine.data?.visits.map((v) => (
        <Card key={v.id} size="small" data-testid="field-my-visit" data-visit-id={v.id}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {v.routeOrder ? `${v.routeOrder}. ` : ''}
              {v.customerName}
            </Typography.Title>
            <VisitStatusTag status={v.status} />
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0' }}>
            <EnvironmentOutlined /> {v.siteAddress}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t(`fld.kind.${v.kind}`)} · {v.productModel} · {v.serial}
            {v.etaAt ? ` · ${t('fld.eta')} ${time.time(v.etaAt)}` : ''}
          </Typography.Paragraph>
          {v.fault && <Typography.Paragraph strong>{v.fault}</Typography.Paragraph>}
          <div>
            {t('fld.deadline')}: <Deadline v={v} />
          </div>
          {v.checkInAt && (
            <Tag color="cyan">
              {t('fld.checkedInAt', { time: time.time(v.checkInAt) })} ·{' '}
              {v.checkInGeo === 'ok' ? t('fld.geoOk') : v.checkInGeo === 'refused' ? t('fld.geoRefused') : t('fld.geoUnavailable')}
            </Tag>
          )}
          {v.kind === 'repair' && v.status !== 'done' && <TechSupportButton visitId={v.id} />}
          <div style={{ marginTop: 8 }}>
            {v.status === 'assigned' && (
              <Button {...big} type="primary" icon={<LoginOutlined />} loading={busy === v.id} onClick={() => void checkIn(v)} data-testid="field-check-in">
                {t('fld.checkIn')}
              </Button>
            )}
            {v.status === 'checked_in' && (
              <Button
                {...big}
                type="primary"
                icon={<LogoutOutlined />}
                onClick={() => {
                  setSignature(null);
                  setPhotos([]);
                  setClosing(v);
                }}
                data-testid="field-check-out"
              >
                {t('fld.checkOut')}
              </Button>
            )}
          </div>
        </Card>
      ))}
      <FormDrawer<CheckOutForm, FieldVisit>
        form={form}
        open={!!closing}
        title={`${t('fld.checkOut')} · ${closing?.customerName ?? ''}`}
        size={390}
        onClose={() => setClosing(null)}
        initialValues={{ resolved: true, parts: [] }}
        submit={async (v) => {
          const geo = await locate();
          const files = await Promise.all(photos.map(async (f) => ({ fileName: f.name, contentBase64: await toBase64(f) })));
          return callApi('post', '/field/visits/{id}/check-out', {
            params: { id: closing!.id },
            body: {
              version: closing!.version,
              geo,
              report: v.report,
              resolved: v.resolved,
              parts: v.parts ?? [],
              photos: files,
              signature,
              signedByName: v.signedByName ?? null,
              nextVisitDate: v.resolved ? null : (v.nextVisitDate ?? null),
            },
          });
        }}
        onSaved={() => {
          setClosing(null);
          refresh();
        }}
        onStale={() => setClosing(null)}
        invalidate={['/field']}
        testId="field-check-out-form"
        saveTestId="field-check-out-save"
      >
        <Form.Item name="report" label={t('fld.report')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} data-testid="field-report" />
        </Form.Item>
        <Form.Item name="resolved" label={t('fld.resolved')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {resolved === false && (
          <Form.Item name="nextVisitDate" label={t('fld.nextVisitDate')}>
            <Input type="date" />
          </Form.Item>
        )}
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'partCode']} rules={[{ required: true }]} label={t('fld.partCode')}>
                    <Select style={{ width: 180 }} options={van.map((s) => ({ value: s.partCode, label: `${s.partName}(${s.qty})` }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'qty']} rules={[{ required: true }]} label={t('fld.qty')} initialValue={1}>
                    <InputNumber min={1} max={999} style={{ width: 70 }} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)} aria-label="remove">
                    −
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add()} disabled={!van.length} block>
                + {t('fld.parts')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item label={t('fld.photos')} style={{ marginTop: 12 }}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            multiple
            listType="picture"
            beforeUpload={(f) => {
              setPhotos((p) => [...p, f].slice(0, 6));
              return false;
            }}
            onRemove={(f) => setPhotos((p) => p.filter((x) => x.name !== f.name))}
          >
            <Button>{t('fld.photos')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item label={t('fld.signature')}>
          <SignaturePad onChange={setSignature} />
        </Form.Item>
        <Form.Item name="signedByName" label={t('fld.signedBy')}>
          <Input />
        </Form.Item>
      </FormDrawer>
    </Space>
  );
}
