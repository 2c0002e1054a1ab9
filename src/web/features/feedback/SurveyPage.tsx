import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Rate, Result, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PublicShell, ResultTitle } from './PublicShell';
import { publicApi, type PublicSurvey } from './publicApi';

/** 满意度评价: four 1–5 ratings and a comment; a thank-you once submitted. */
export default function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { token = '' } = useParams();
  const [survey, setSurvey] = useState<PublicSurvey>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const en = i18n.language === 'en-US';

  useEffect(() => {
    publicApi
      .get<PublicSurvey>(`/public/surveys/${encodeURIComponent(token)}`)
      .then(setSurvey)
      .catch((e: Error) => setError(e.message));
  }, [token]);

  const submit = async (v: { answers: Record<string, number>; comment?: string }) => {
    setBusy(true);
    try {
      setSurvey(await publicApi.post<PublicSurvey>(`/public/surveys/${token}`, { answers: v.answers, comment: v.comment ?? '' }));
      window.scrollTo(0, 0);
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
          <Result status="warning" title={<ResultTitle>{t('feedback.surveyNotFound')}</ResultTitle>} subTitle={error} />
        </Card>
      </PublicShell>
    );
  if (!survey)
    return (
      <PublicShell>
        <Card>
          <Skeleton active />
        </Card>
      </PublicShell>
    );
  if (survey.submitted)
    return (
      <PublicShell>
        <Card>
          <Result
            status="success"
            title={<ResultTitle>{t('feedback.surveyThanks')}</ResultTitle>}
            subTitle={t('feedback.surveyThanksHint')}
            data-testid="survey-thanks"
          />
        </Card>
      </PublicShell>
    );

  return (
    <PublicShell>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
          {t('feedback.surveyTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('feedback.surveyIntro')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={submit} data-testid="survey-form">
          {(survey.questions ?? []).map((q) => (
            <Form.Item key={q.key} name={['answers', q.key]} label={en ? q.en : q.zh} rules={[{ required: true, message: t('feedback.rateRequired') }]}>
              <Rate style={{ fontSize: 30 }} tooltips={[1, 2, 3, 4, 5].map((n) => t(`feedback.rate.${n}`))} />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={t('feedback.surveyComment')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="survey-submit">
            {t('feedback.surveySubmit')}
          </Button>
        </Form>
      </Card>
    </PublicShell>
  );
}
