import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Modal, Result, Skeleton, Space, Timeline, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, StarOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TicketStatusTag } from '../../components/StatusTags';
import { EscalateCard } from './EscalateCard';
import { PublicShell, ResultTitle } from './PublicShell';
import { publicApi, type PublicStatus } from './publicApi';

const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
/** Event bodies the customer need not read (the intake line carries internal routing words). */
const LABEL_ONLY = new Set(['created']);
/** A status change without a note ("状态 → in_progress") says nothing the label does not. */
const showBody = (e: { type: string; body: string }) => !!e.body && !LABEL_ONLY.has(e.type) && !/^状态 → [a-z_]+$/.test(e.body);

/** The customer's status page: progress, confirm or reject the resolution, escalate, survey link. */
export default function FeedbackStatusPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token = '' } = useParams();
  const [data, setData] = useState<PublicStatus>();
  const [error, setError] = useState<string>();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    publicApi
      .get<PublicStatus>(`/public/tickets/${encodeURIComponent(token)}`)
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, [token]);

  const confirm = async (satisfied: boolean) => {
    setBusy(true);
    try {
      setData(await publicApi.post<PublicStatus>(`/public/tickets/${token}/confirm`, { satisfied, comment: satisfied ? '' : comment }));
      message.success(satisfied ? t('feedback.confirmedThanks') : t('feedback.reopened'));
      setRejecting(false);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (error)
    return (
      <PublicShell>
        <Card>
          <Result
            status="warning"
            title={<ResultTitle>{t('feedback.notFound')}</ResultTitle>}
            subTitle={error}
            extra={<Link to="/feedback">{t('feedback.newFeedback')}</Link>}
          />
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
  const events = [...data.events].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <PublicShell>
      <Card data-testid="public-status">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('feedback.statusTitle')}
          </Typography.Title>
          <TicketStatusTag status={data.status} />
        </Space>
        <Descriptions
          column={1}
          size="small"
          style={{ marginTop: 12 }}
          items={[
            { key: 'n', label: t('feedback.number'), children: data.number },
            { key: 't', label: t('feedback.subject'), children: data.title },
            { key: 'r', label: t('feedback.submittedAt'), children: fmt(data.receivedAt) },
            { key: 'p', label: t('feedback.handledBy'), children: data.servicePointName },
          ]}
        />
        {data.surveyToken && (
          <Alert
            type="success"
            showIcon
            icon={<StarOutlined />}
            style={{ marginBottom: 12 }}
            title={t('feedback.surveyInvite')}
            action={
              <Link to={`/feedback/survey/${data.surveyToken}`}>
                <Button size="small" type="primary" data-testid="public-survey-link">
                  {t('feedback.surveyGo')}
                </Button>
              </Link>
            }
          />
        )}
        {data.canConfirm && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('feedback.confirmAsk')}
            description={
              <Space wrap style={{ marginTop: 8 }}>
                <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => void confirm(true)} data-testid="public-confirm-yes">
                  {t('feedback.solved')}
                </Button>
                <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)} data-testid="public-confirm-no">
                  {t('feedback.notSolved')}
                </Button>
              </Space>
            }
          />
        )}
        <Typography.Title level={5}>{t('feedback.progress')}</Typography.Title>
        <Timeline
          items={events.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: i === 0 ? 'blue' : 'gray',
            content: (
              <div>
                <Typography.Text strong>{t(`feedback.events.${e.type}`, { defaultValue: t('feedback.events.update') })}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {fmt(e.at)}
                </Typography.Text>
                {showBody(e) && (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{e.body}</Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      </Card>
      {data.canEscalate && <EscalateCard token={token} onDone={setData} />}
      <Modal
        open={rejecting}
        title={t('feedback.notSolved')}
        onCancel={() => setRejecting(false)}
        onOk={() => void confirm(false)}
        confirmLoading={busy}
        okText={t('feedback.sendReopen')}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('feedback.notSolvedHint')}</Typography.Paragraph>
        <Input.TextArea rows={4} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="public-reject-comment" />
      </Modal>
    </PublicShell>
  );
}
