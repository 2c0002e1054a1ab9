import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Empty, Form, Popconfirm, Radio, Row, Select, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import { useApiMutation, invalidateApi } from '../../api/query';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../session/SessionContext';
import { useReportError } from '../../lib/errors';
import { useOrgChart } from '../org/useOrgChart';
import type { components } from '../../api/openapi.gen';

type Answers = components['schemas']['AdvisorAnswers'];
type Rec = components['schemas']['AdvisorRecommendation'];

/** A tree of positions by direct superior (solid lines); `extra` is shown after each title. */
function toTree<T extends { id: string; superiorId: string | null; title: string; extra: string; tag?: string }>(rows: T[]): DataNode[] {
  const build = (parent: string | null): DataNode[] =>
    rows
      .filter((r) => r.superiorId === parent)
      .map((r) => ({
        key: r.id,
        title: (
          <span>
            {r.title} <Typography.Text type="secondary">{r.extra}</Typography.Text> {r.tag && <Tag color="blue">{r.tag}</Tag>}
          </span>
        ),
        children: build(r.id),
      }));
  return build(null);
}

const QUESTIONS = [
  ['size', ['small', 'medium', 'large']],
  ['mechanization', ['low', 'high']],
  ['process', ['general', 'continuous']],
  ['outsourcing', ['low', 'high']],
  ['production', ['mass', 'batch', 'single']],
] as const;

/** The advisor: answer the questions, see the recommended structure beside the current one, install it as a draft. */
export default function AdvisorPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { can } = useSession();
  const report = useReportError();
  const [form] = Form.useForm<Answers>();
  const [rec, setRec] = useState<Rec | null>(null);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const recommend = useApiMutation('post', '/org/advisor/recommend');
  const install = useApiMutation('post', '/org/advisor/install');
  const current = useOrgChart();
  const recTree = useMemo(() => {
    const headTag = (h: string | null) => (h === 'customer-service' ? t('adv.csHead') : h === 'sales' ? t('adv.salesHead') : undefined);
    return rec
      ? toTree(
          rec.positions.map((p) => ({
            id: p.key,
            superiorId: p.superiorKey,
            title: p.titleZh,
            extra: `${p.staffMin}–${p.staffMax} 人`,
            tag: headTag(p.headOf),
          })),
        )
      : [];
  }, [rec, t]);
  const curTree = useMemo(
    () =>
      toTree(
        (current.data?.positions ?? []).map((p) => ({
          id: p.id,
          superiorId: p.superiorId,
          title: p.titleZh,
          extra: `${p.actualHeadcount}/${p.plannedHeadcount}`,
        })),
      ),
    [current.data],
  );
  const dashed = rec?.positions.flatMap((p) => p.collaboratesWith.map((o) => `${p.titleZh} ┄ ${rec.positions.find((x) => x.key === o)?.titleZh ?? o}`)) ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('adv.nav')}
      </Typography.Title>
      <Card size="small" title={t('adv.questions')}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ size: 'medium', mechanization: 'low', process: 'general', outsourcing: 'low', production: 'batch', products: [], regions: [] }}
          onFinish={async (v) => {
            try {
              setRec(await recommend.mutateAsync({ body: v }));
              setAnswers(v);
            } catch (e) {
              report(e, form);
            }
          }}
        >
          <Row gutter={16}>
            {QUESTIONS.map(([name, values]) => (
              <Col key={name} xs={24} md={12} lg={8}>
                <Form.Item name={name} label={t(`adv.q.${name}`)}>
                  <Radio.Group optionType="button" options={values.map((v) => ({ value: v, label: t(`adv.a.${name}.${v}`) }))} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={12} lg={8}>
              <Form.Item name="products" label={t('adv.q.products')}>
                <Select mode="tags" placeholder={t('adv.tagsHint')} open={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Form.Item name="regions" label={t('adv.q.regions')}>
                <Select mode="tags" placeholder={t('adv.tagsHint')} open={false} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={recommend.isPending}>
            {t('adv.recommend')}
          </Button>
        </Form>
      </Card>
      {rec && (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card
              size="small"
              title={t('adv.recommended')}
              extra={
                can('org.manage') &&
                answers && (
                  <Popconfirm
                    title={t('adv.installConfirm')}
                    onConfirm={async () => {
                      try {
                        const r = await install.mutateAsync({ body: { answers } });
                        message.success(t('adv.installed', { n: r.positions }));
                        await invalidateApi(qc, ['/org']);
                      } catch (e) {
                        report(e);
                      }
                    }}
                  >
                    <Button type="primary">{t('adv.install')}</Button>
                  </Popconfirm>
                )
              }
            >
              <Tree showLine defaultExpandAll treeData={recTree} selectable={false} />
              {dashed.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('adv.dashed')}:{dashed.join(';')}
                </Typography.Paragraph>
              )}
              <Typography.Title level={5}>{t('adv.reasons')}</Typography.Title>
              <ul>
                {rec.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('adv.current')}>
              {curTree.length ? <Tree showLine defaultExpandAll treeData={curTree} selectable={false} /> : <Empty description={t('adv.noCurrent')} />}
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
