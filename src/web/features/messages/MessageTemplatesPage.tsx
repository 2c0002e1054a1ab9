import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Result, Row, Space, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/paths';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { MESSAGE_KIND_INFO, renderMessage, unknownPlaceholders, type MessageKind } from '../../../domain/messages';

type Template = Answer<'/message-templates'>['items'][number];

/** One template: the text with its placeholders, on/off, and a live preview with sample values. */
function TemplateCard({ tpl, pointId, onSaved }: { tpl: Template; pointId: string | undefined; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [body, setBody] = useState(tpl.body);
  const [enabled, setEnabled] = useState(tpl.enabled);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setBody(tpl.body);
    setEnabled(tpl.enabled);
  }, [tpl.body, tpl.enabled]);
  const kind = tpl.kind as MessageKind;
  const unknown = unknownPlaceholders(kind, body);
  const id = `tpl-${tpl.kind}`;
  const save = async () => {
    setBusy(true);
    try {
      await callApi('put', '/message-templates/{kind}', { params: { kind: tpl.kind }, body: { servicePointId: pointId, body, enabled, version: tpl.version } });
      message.success(t('messages.saved'));
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{tpl.nameZh}</span>
          <Tag color={tpl.category === 'marketing' ? 'gold' : 'blue'}>{t(`messages.${tpl.category}`)}</Tag>
        </Space>
      }
      extra={
        <Space>
          <label htmlFor={`${id}-on`}>{t('messages.enabled')}</label>
          <Switch id={`${id}-on`} checked={enabled} onChange={setEnabled} />
        </Space>
      }
      data-testid={`template-${tpl.kind}`}
    >
      <Form layout="vertical">
        <Form.Item
          label={t('messages.body')}
          htmlFor={id}
          validateStatus={unknown.length ? 'error' : undefined}
          help={unknown.length ? t('messages.unknown', { list: unknown.map((u) => `{${u}}`).join('、') }) : undefined}
        >
          <Input.TextArea id={id} rows={3} maxLength={500} showCount value={body} onChange={(e) => setBody(e.target.value)} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('messages.vars')}:{tpl.vars.map((v) => `{${v}}`).join(' ')}
      </Typography.Paragraph>
      <Alert type="info" showIcon={false} message={`${t('messages.preview')}:${renderMessage(body, MESSAGE_KIND_INFO[kind].vars)}`} />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" loading={busy} disabled={unknown.length > 0 || !body.trim()} onClick={() => void save()}>
          {t('messages.save')}
        </Button>
        <Button onClick={() => setBody(tpl.defaultBody)}>{t('messages.reset')}</Button>
      </Space>
    </Card>
  );
}

/** 客户消息模板: each message kind's text per service point, on/off, previewed with sample values. */
export default function MessageTemplatesPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const list = useApiQuery('/message-templates', { query: { servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/message-templates');
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('messages.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('messages.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {(list.data?.items ?? []).map((tpl) => (
          <Col key={tpl.kind} xs={24} xl={12}>
            <TemplateCard tpl={tpl} pointId={pointId} onSaved={reload} />
          </Col>
        ))}
      </Row>
    </>
  );
}
