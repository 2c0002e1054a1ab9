import { useMemo } from 'react';
import { Col, DatePicker, Divider, Form, Input, Radio, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SKILL_GRADES, TRADES, type SkillGrade, type Trade } from '../../../domain/org/templates/types';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { nameOf } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { AssignmentsList, CertificationsList } from './EmployeeLists';
import type { Employee, PositionOption, TeamItem } from './types';

export interface EmployeeValues {
  employeeNo?: string;
  name: string;
  gender: 'M' | 'F';
  phone: string;
  trade?: Trade | null;
  skillGrade: SkillGrade;
  hiredOn?: Dayjs | null;
  isActive?: boolean;
  certifications?: { name: string; number?: string; expiresOn?: Dayjs | null }[];
  assignments?: { positionId: string; teamId?: string | null; isPrimary?: boolean }[];
}

interface Props {
  open: boolean;
  employee?: Employee;
  teams: TeamItem[];
  positions: PositionOption[];
  onClose: () => void;
  onSaved: () => void;
  onStale: () => void;
}

const day = (s: string | null | undefined) => (s ? dayjs(s) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function toValues(e?: Employee): EmployeeValues {
  if (!e)
    return {
      name: '',
      gender: 'M',
      phone: '',
      trade: null,
      skillGrade: 'staff',
      certifications: [],
      assignments: [{ positionId: undefined as unknown as string, teamId: null, isPrimary: true }],
    };
  return {
    employeeNo: e.employeeNo,
    name: e.name,
    gender: e.gender,
    phone: e.phone,
    trade: e.trade,
    skillGrade: e.skillGrade,
    hiredOn: day(e.hiredOn),
    isActive: e.isActive,
    certifications: e.certifications.map((c) => ({ name: c.name, number: c.number, expiresOn: day(c.expiresOn) })),
    assignments: e.assignments.map((a) => ({ positionId: a.positionId, teamId: a.teamId, isPrimary: a.isPrimary })),
  };
}

/** Create or edit one employee in a drawer (certificates and position assignments as lists). */
export function EmployeeDrawer({ open, employee, teams, positions, onClose, onSaved, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { pointId } = useSession();
  const lang = i18n.language;
  const initialValues = useMemo(() => toValues(employee), [employee]);

  const submit = (v: EmployeeValues) => {
    const body = {
      name: v.name,
      gender: v.gender,
      phone: v.phone,
      trade: v.trade ?? null,
      skillGrade: v.skillGrade,
      hiredOn: iso(v.hiredOn),
      certifications: (v.certifications ?? []).map((c) => ({ name: c.name, number: c.number ?? '', expiresOn: iso(c.expiresOn) })),
      assignments: (v.assignments ?? []).map((a, i) => ({ positionId: a.positionId, teamId: a.teamId ?? null, isPrimary: a.isPrimary ?? i === 0 })),
    };
    return employee
      ? callApi('patch', '/employees/{id}', { params: { id: employee.id }, body: { ...body, isActive: v.isActive ?? true, version: employee.version } })
      : callApi('post', '/employees', { body: { ...body, servicePointId: pointId, ...(v.employeeNo ? { employeeNo: v.employeeNo } : {}) } });
  };

  return (
    <FormDrawer<EmployeeValues>
      open={open}
      onClose={onClose}
      size={640}
      title={employee ? t('employees.editTitle', { name: employee.name }) : t('employees.new')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onStale}
      invalidate={['/employees', '/org', '/positions', '/staffing', '/teams']}
      testId="employee-form"
      saveTestId="employee-save"
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="employeeNo" label={t('employees.employeeNo')} extra={employee ? undefined : t('employees.employeeNoHint')}>
            <Input disabled={!!employee} maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="name" label={t('employees.name')} rules={[{ required: true, whitespace: true, message: t('employees.nameRequired') }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="gender" label={t('employees.gender')}>
            <Radio.Group optionType="button" options={['M', 'F'].map((g) => ({ value: g, label: t(`employees.genders.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="phone"
            label={t('employees.phone')}
            rules={[
              { required: true, message: t('employees.phoneRequired') },
              { pattern: /^1[3-9]\d{9}$/, message: t('employees.phoneRule') },
            ]}
          >
            <Input maxLength={11} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="trade" label={t('employees.trade')}>
            <Select allowClear options={TRADES.map((x) => ({ value: x, label: t(`trade.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="skillGrade" label={t('employees.skillGrade')}>
            <Select options={SKILL_GRADES.map((x) => ({ value: x, label: t(`grade.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="hiredOn" label={t('employees.hiredOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {employee && (
          <Col span={8}>
            <Form.Item name="isActive" label={t('employees.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Divider titlePlacement="start" plain>
        {t('employees.assignments')}
      </Divider>
      <AssignmentsList
        positions={positions.map((p) => ({ value: p.id, label: lang === 'en-US' && p.titleEn ? p.titleEn : p.titleZh }))}
        teams={teams.map((x) => ({ value: x.id, label: nameOf(x, lang) }))}
      />
      <Divider titlePlacement="start" plain>
        {t('employees.certifications')}
      </Divider>
      <CertificationsList />
    </FormDrawer>
  );
}
