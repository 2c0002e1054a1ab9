import { useMemo } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Permission } from '../../../domain/auth/permissions';
import { callApi } from '../../api/query';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fenToYuan, fromLines, nameOf, titleOf, toLines, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { ORG_QUERIES, type OrgChart, type Position } from './useOrgChart';

interface Values {
  titleZh: string;
  titleEn?: string;
  departmentId?: string | null;
  superiorId?: string | null;
  collaboratorIds?: string[];
  grade?: string;
  plannedHeadcount: number;
  duties?: string;
  authorities?: string;
  reportsUpward?: string;
  permissions?: Permission[];
  discountPct?: number | null;
  goodwillYuan?: number | null;
  compensationYuan?: number | null;
  insuranceWriteOffYuan?: number | null;
  headOf?: 'customer-service' | 'sales' | null;
}

interface Props {
  open: boolean;
  /** The position to edit; undefined creates a new one. */
  position?: Position;
  chart: OrgChart;
  onClose: () => void;
  onSaved: (p: Position) => void;
  /** The record changed under us (409): the caller reloads. */
  onStale: () => void;
}

/** Server paths of list/limit fields -> the form fields that edit them. */
function renameField(path: string): string | undefined {
  const m = /^(duties|authorities|reportsUpward)(\.|$)/.exec(path);
  if (m) return m[1];
  if (path.startsWith('limits.goodwillFen')) return 'goodwillYuan';
  if (path.startsWith('limits.compensationFen')) return 'compensationYuan';
  if (path.startsWith('limits.insuranceWriteOffFen')) return 'insuranceWriteOffYuan';
  if (path.startsWith('limits.discountPct')) return 'discountPct';
  if (/^(collaboratorIds|permissions)\./.test(path)) return path.split('.')[0];
  return undefined;
}

const toValues = (p?: Position): Values => ({
  titleZh: p?.titleZh ?? '',
  titleEn: p?.titleEn ?? '',
  departmentId: p?.departmentId ?? null,
  superiorId: p?.superiorId ?? null,
  collaboratorIds: p?.collaboratorIds ?? [],
  grade: p?.grade ?? '',
  plannedHeadcount: p?.plannedHeadcount ?? 1,
  duties: fromLines(p?.duties),
  authorities: fromLines(p?.authorities),
  reportsUpward: fromLines(p?.reportsUpward),
  permissions: (p?.permissions ?? []) as Permission[],
  discountPct: p?.limits.discountPct ?? null,
  goodwillYuan: fenToYuan(p?.limits.goodwillFen) ?? null,
  compensationYuan: fenToYuan(p?.limits.compensationFen) ?? null,
  insuranceWriteOffYuan: fenToYuan(p?.limits.insuranceWriteOffFen) ?? null,
  headOf: p?.headOf ?? null,
});

export function PositionFormModal({ open, position, chart, onClose, onSaved, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { pointId } = useSession();
  const [form] = Form.useForm<Values>();
  const lang = i18n.language;
  const initialValues = useMemo(() => toValues(position), [position]);

  const others = useMemo(
    () => chart.positions.filter((p) => p.id !== position?.id).map((p) => ({ value: p.id, label: titleOf(p, lang) })),
    [chart.positions, position, lang],
  );

  const submit = (v: Values) => {
    // Limits this form does not edit (purchasing, claims) are kept as they are.
    const limits: {
      discountPct?: number;
      goodwillFen?: number;
      compensationFen?: number;
      insuranceWriteOffFen?: number;
      purchaseFen?: number;
      claimApproveFen?: number;
      subsidyApproveFen?: number;
      stockFen?: number;
    } = {};
    for (const k of ['purchaseFen', 'claimApproveFen', 'subsidyApproveFen', 'stockFen'] as const)
      if (position?.limits[k] != null) limits[k] = position.limits[k];
    if (v.discountPct != null) limits.discountPct = v.discountPct;
    if (v.goodwillYuan != null) limits.goodwillFen = yuanToFen(v.goodwillYuan)!;
    if (v.compensationYuan != null) limits.compensationFen = yuanToFen(v.compensationYuan)!;
    if (v.insuranceWriteOffYuan != null) limits.insuranceWriteOffFen = yuanToFen(v.insuranceWriteOffYuan)!;
    const body = {
      titleZh: v.titleZh,
      titleEn: v.titleEn ?? '',
      departmentId: v.departmentId ?? null,
      superiorId: v.superiorId ?? null,
      collaboratorIds: v.collaboratorIds ?? [],
      grade: v.grade ?? '',
      plannedHeadcount: v.plannedHeadcount,
      duties: toLines(v.duties),
      authorities: toLines(v.authorities),
      reportsUpward: toLines(v.reportsUpward),
      permissions: v.permissions ?? [],
      limits,
      headOf: v.headOf ?? null,
    };
    return position
      ? callApi('patch', '/positions/{id}', { params: { id: position.id }, body: { ...body, version: position.version } })
      : callApi('post', '/positions', { body: { ...body, servicePointId: pointId } });
  };
  const { busy, submit: ok } = useFormSubmit<Values, Position>({
    form,
    open,
    initialValues,
    submit,
    onSaved,
    onStale,
    rename: renameField,
    invalidate: ORG_QUERIES,
  });

  const lines = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} extra={t('org.onePerLine')}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={position ? t('org.editPosition', { title: titleOf(position, lang) }) : t('org.newPosition')}
      onCancel={onClose}
      onOk={() => void ok()}
      okText={t('common.save')}
      confirmLoading={busy}
      width={820}
      style={{ top: 32 }}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Form form={form} layout="vertical" size="middle" data-testid="position-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="titleZh" label={t('org.titleZh')} rules={[{ required: true, whitespace: true, message: t('org.titleRequired') }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="titleEn" label={t('org.titleEn')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label={t('org.department')}>
              <Select allowClear options={chart.departments.map((d) => ({ value: d.id, label: nameOf(d, lang) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="superiorId" label={t('org.superior')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={others}
                placeholder={t('org.noSuperior')}
                aria-label={t('org.noSuperior')}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="collaboratorIds" label={t('org.collaborators')}>
              <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={others} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="grade" label={t('org.grade')}>
              <Input maxLength={20} placeholder="M3 / S2" aria-label="M3 / S2" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="plannedHeadcount" label={t('org.planned')} rules={[{ required: true, message: t('org.plannedRequired') }]}>
              <InputNumber min={0} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="headOf" label={t('org.headOfLabel')}>
              <Select allowClear options={(['customer-service', 'sales'] as const).map((h) => ({ value: h, label: t(`org.headOf.${h}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        {lines('duties', t('org.duties'))}
        {lines('authorities', t('org.authorities'))}
        {lines('reportsUpward', t('org.reportsUpward'))}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="discountPct" label={t('org.limitDiscount')}>
              <InputNumber min={0} max={100} precision={1} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="goodwillYuan" label={t('org.limitGoodwill')}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="compensationYuan" label={t('org.limitCompensation')}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="insuranceWriteOffYuan" label={t('org.limitInsuranceWriteOff')}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="permissions" label={t('org.permissions')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={PERMISSIONS.map((p) => ({ value: p, label: t(`perm.${p}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
