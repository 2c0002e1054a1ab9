import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, List, Radio, Result, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { PublicShell, ResultTitle } from '../feedback/PublicShell';
import { publicApi } from '../feedback/publicApi';
import type { PublicExtraWork } from './types';

const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
type Choice = 'approved' | 'refused';

/** The customer's 增项 page (no login, phone first): the items and prices, repair or not per item. */
export default function PublicExtraWorkPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token = '' } = useParams();
  const [data, setData] = useState<PublicExtraWork>();
  const [error, setError] = useState<string>();
  const [choice, setChoice] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    publicApi
      .get<PublicExtraWork>(`/public/extra-work/${encodeURIComponent(token)}`)
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, [token]);

  if (error)
    return (
      <PublicShell>
        <Card>
          <Result status="warning" title={<ResultTitle>{t('xw.public.notFound')}</ResultTitle>} subTitle={error} />
        </Card>
      </PublicShell>
    );
  if (!data)
    return (
      <PublicShell>
        <Card>
          <Skeleton active />
        </Card>
      </PublicShell>
    );

  const open = data.status === 'sent';
  const allChosen = data.items.every((i) => choice[i.id]);
  const submit = async () => {
    setBusy(true);
    try {
      const decisions = data.items.map((i) => ({ itemId: i.id, decision: choice[i.id] }));
      setData(await publicApi.post<PublicExtraWork>(`/public/extra-work/${encodeURIComponent(token)}/decision`, { decisions }));
      message.success(t('xw.public.done'));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicShell>
      <Card data-testid="xw-public">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('xw.public.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('xw.public.intro', { station: data.stationName })}</Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('xw.public.vehicle')}>
            {data.plate} {data.vehicle}
          </Descriptions.Item>
          <Descriptions.Item label={t('xw.public.order')}>{data.workOrderNumber}</Descriptions.Item>
          <Descriptions.Item label={t('xw.public.finding')}>{data.description}</Descriptions.Item>
        </Descriptions>
        {data.status === 'expired' && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('xw.public.expired')} />}
        {!open && data.status !== 'expired' && (
          <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('xw.public.done')} data-testid="xw-public-done" />
        )}
        <List
          style={{ marginTop: 12 }}
          dataSource={data.items}
          renderItem={(i) => (
            <List.Item data-testid="xw-public-item">
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                  <div>
                    <Typography.Text strong>{i.name}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {i.kind === 'labor' ? t('xw.public.hours', { hours: i.hours }) : t('xw.public.qty', { qty: i.qty })}
                    </Typography.Text>
                  </div>
                  <Typography.Text strong>{formatYuan(i.amountFen ?? 0)}</Typography.Text>
                </Space>
                {open ? (
                  <Radio.Group
                    aria-label={t('xw.public.itemDecision', { name: i.name })}
                    value={choice[i.id]}
                    onChange={(e) => setChoice((c) => ({ ...c, [i.id]: e.target.value as Choice }))}
                    optionType="button"
                    buttonStyle="solid"
                    options={[
                      { value: 'approved', label: t('xw.public.approve') },
                      { value: 'refused', label: t('xw.public.refuse') },
                    ]}
                  />
                ) : (
                  <Typography.Text>{t(`xw.decision.${i.decision}`)}</Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
        <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
          <Typography.Text>{t('xw.total')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="xw-public-total">
            {formatYuan(data.totalFen)}
          </Typography.Text>
        </Space>
        {open && data.proposedPromisedAt && (
          <Typography.Paragraph style={{ marginTop: 8 }}>{t('xw.public.promise', { at: fmt(data.proposedPromisedAt) })}</Typography.Paragraph>
        )}
        {open && data.expiresAt && <Typography.Paragraph type="secondary">{t('xw.public.expires', { at: fmt(data.expiresAt) })}</Typography.Paragraph>}
        {open && (
          <Button type="primary" size="large" block disabled={!allChosen} loading={busy} onClick={() => void submit()} data-testid="xw-public-submit">
            {allChosen ? t('xw.public.confirm') : t('xw.public.chooseAll')}
          </Button>
        )}
        {data.stationPhone && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('xw.public.call', { phone: data.stationPhone })}
          </Typography.Paragraph>
        )}
      </Card>
    </PublicShell>
  );
}
