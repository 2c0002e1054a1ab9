import { useMemo } from 'react';
import { Col, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, TICKET_KINDS, type Priority, type TicketKind } from '../../../../domain/tickets/status';
import { callApi } from '../../../api/query';
import { FormDrawer } from '../../../components/FormDrawer';
import { useSession } from '../../../session/SessionContext';
import { usePeople } from '../usePeople';
import type { RoutingRule } from './types';

interface Values {
  name: string;
  sortOrder: number;
  isActive: boolean;
  kinds?: TicketKind[];
  keywords?: string[];
  categories?: string[];
  vip?: 'any' | 'yes' | 'no';
  repeatAtLeast?: number | null;
  priority?: Priority;
  raise?: number | null;
  departmentId?: string;
  handlerEmployeeId?: string;
  category?: string;
}

const nonEmpty = <T,>(v: T[] | undefined) => (v?.length ? v : undefined);
const toBody = (v: Values) => ({
  name: v.name,
  sortOrder: v.sortOrder ?? 0,
  isActive: v.isActive,
  when: {
    kinds: nonEmpty(v.kinds),
    keywords: nonEmpty(v.keywords?.map((k) => k.trim()).filter(Boolean)),
    categories: nonEmpty(v.categories),
    vip: v.vip === 'yes' ? true : v.vip === 'no' ? false : undefined,
    repeatAtLeast: v.repeatAtLeast ?? undefined,
  },
  then: {
    priority: v.priority || undefined,
    raise: v.raise ?? undefined,
    departmentId: v.departmentId || undefined,
    handlerEmployeeId: v.handlerEmployeeId || undefined,
    category: v.category?.trim() || undefined,
  },
});

/** Create or edit a routing rule: when (kinds, keywords, VIP, repeat complaints) → then (priority, raise, department, handler). */
export function RuleDrawer({ open, rule, onClose, onSaved }: { open: boolean; rule?: RoutingRule; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const people = usePeople(pointId, open);
  const initialValues = useMemo<Partial<Values>>(() => {
    if (!rule) return { sortOrder: 0, isActive: true, vip: 'any' };
    const w = rule.when ?? {};
    return {
      name: rule.name,
      sortOrder: rule.sortOrder,
      isActive: rule.isActive,
      kinds: w.kinds,
      keywords: w.keywords,
      categories: w.categories,
      vip: w.vip === true ? 'yes' : w.vip === false ? 'no' : 'any',
      repeatAtLeast: w.repeatAtLeast ?? null,
      ...rule.then,
    };
  }, [rule]);

  const submit = (v: Values) =>
    rule
      ? callApi('patch', '/routing-rules/{id}', { params: { id: rule.id }, body: { ...toBody(v), version: rule.version } })
      : callApi('post', '/routing-rules', { body: { ...toBody(v), servicePointId: pointId } });
  const tags = { mode: 'tags' as const, tokenSeparators: [',', ',', ' '], open: false, suffixIcon: null };

  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      title={rule ? t('tset.ruleEdit', { name: rule.name }) : t('tset.ruleNew')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onSaved}
      invalidate={['/ticket-settings', '/routing-rules']}
      testId="rule-form"
      saveTestId="rule-save"
    >
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item name="name" label={t('tset.ruleName')} rules={[{ required: true, whitespace: true, message: t('tset.ruleNameRequired') }]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="sortOrder" label={t('tset.sortOrder')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="isActive" label={t('tset.active')} valuePropName="checked">
            <Switch aria-label={t('tset.active')} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('tset.when')}
      </Divider>
      <Form.Item name="keywords" label={t('tset.keywords')} extra={t('tset.keywordsHint')}>
        <Select {...tags} placeholder={t('tset.keywordsPlaceholder')} aria-label={t('tset.keywordsPlaceholder')} />
      </Form.Item>
      <Form.Item name="kinds" label={t('ticket.kind')}>
        <Select mode="multiple" allowClear options={TICKET_KINDS.map((k) => ({ value: k, label: t(`ticket.kinds.${k}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="vip" label={t('ticket.vip')}>
            <Select options={(['any', 'yes', 'no'] as const).map((x) => ({ value: x, label: t(`tset.vip.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="repeatAtLeast" label={t('tset.repeatAtLeast')} extra={t('tset.repeatHint')}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="categories" label={t('tset.categories')}>
        <Select {...tags} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('tset.then')}
      </Divider>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="priority" label={t('tset.setPriority')}>
            <Select allowClear options={PRIORITIES.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="raise" label={t('tset.raise')} extra={t('tset.raiseHint')}>
            <InputNumber min={1} max={3} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="departmentId" label={t('ticket.department')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={people.departmentOptions} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="handlerEmployeeId" label={t('ticket.handler')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={people.employeeOptions} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label={t('tset.setCategory')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
