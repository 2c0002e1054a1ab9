import { useEffect } from 'react';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QC_CHECKLIST_KINDS, QC_CHECKLIST_KIND_LABELS, type QcChecklistKind } from '../../../domain/qc/checklist';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { fromLines, toLines } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { useRun } from '../crm/useRun';

type Values = Record<QcChecklistKind, string>;

/** 质检项目设置: the station's QC items per kind of work (保养, 一般维修, 钣喷, 事故…), one per line; defaults until saved. */
export default function QcSettingsPage() {
  const { t, i18n } = useTranslation();
  const { pointId, can } = useSession();
  const [form] = Form.useForm<Values>();
  const q = useApiQuery('/qc-checklists', { query: { servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/qc-checklists');
  const run = useRun(reload);
  const canEdit = can('settings.manage');
  const d = q.data;
  useEffect(() => {
    if (d) form.setFieldsValue(Object.fromEntries(QC_CHECKLIST_KINDS.map((k) => [k, fromLines(d.lists[k])])) as Values);
  }, [d, form]);
  if (q.error && !d) return <Result status="warning" title={t('common.loadFailed')} subTitle={(q.error as Error).message} />;
  const label = (k: QcChecklistKind) => (i18n.language === 'en-US' ? QC_CHECKLIST_KIND_LABELS[k].en : QC_CHECKLIST_KIND_LABELS[k].zh);

  const save = (v: Values) =>
    run(
      () =>
        callApi('put', '/qc-checklists', {
          body: { servicePointId: pointId, version: d?.version ?? 0, lists: Object.fromEntries(QC_CHECKLIST_KINDS.map((k) => [k, toLines(v[k])])) },
        }),
      { form },
    );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ws.qcSettings')}
        </Typography.Title>
        {canEdit && (
          <Button type="primary" onClick={() => form.submit()} disabled={!d} data-testid="qc-settings-save">
            {t('common.save')}
          </Button>
        )}
      </Space>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ws.qcSettingsHint')} />
      <Form form={form} layout="vertical" onFinish={save} disabled={!canEdit}>
        <Row gutter={[12, 12]}>
          {QC_CHECKLIST_KINDS.map((k) => (
            <Col key={k} xs={24} md={12} xl={8}>
              <Card size="small" title={label(k)} loading={q.isLoading}>
                <Form.Item name={k} label={t('ws.qcSettingsItems', { kind: label(k) })} style={{ marginBottom: 4 }}>
                  <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} data-testid={`qc-list-${k}`} />
                </Form.Item>
                {canEdit && d && (
                  <Button size="small" type="link" style={{ padding: 0 }} onClick={() => form.setFieldValue(k, fromLines(d.defaults[k]))}>
                    {t('ws.qcSettingsDefault')}
                  </Button>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </Form>
    </>
  );
}
