import { Button, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { CertTag } from '../../components/StatusTags';

type Option = { value: string; label: string };

/** Positions the employee holds, each with an optional team; one of them primary. */
export function AssignmentsList({ positions, teams }: { positions: Option[]; teams: Option[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name="assignments">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }) => (
            <Space key={key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={[name, 'positionId']} rules={[{ required: true, message: t('employees.positionRequired') }]} style={{ width: 230 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('employees.position')}
                  options={positions}
                  aria-label={t('employees.position')}
                />
              </Form.Item>
              <Form.Item name={[name, 'teamId']} style={{ width: 170 }}>
                <Select allowClear placeholder={t('employees.teamOptional')} options={teams} aria-label={t('employees.teamOptional')} />
              </Form.Item>
              <Form.Item name={[name, 'isPrimary']} valuePropName="checked">
                <Checkbox>{t('employees.primary')}</Checkbox>
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('common.delete')} />
            </Space>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ teamId: null, isPrimary: fields.length === 0 })}>
            {t('employees.addAssignment')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Status of a certificate on the client, for feedback while typing (the server decides for real). */
function certStatus(d: Dayjs | null | undefined): 'valid' | 'expiring' | 'expired' | 'no-expiry' {
  if (!d) return 'no-expiry';
  const today = dayjs().startOf('day');
  if (d.isBefore(today)) return 'expired';
  if (d.diff(today, 'day') <= 30) return 'expiring';
  return 'valid';
}

/** Certificates (上岗证, 电工证…): name, number, expiry. */
export function CertificationsList() {
  const { t } = useTranslation();
  return (
    <Form.List name="certifications">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <Typography.Paragraph type="secondary">{t('employees.noCertifications')}</Typography.Paragraph>}
          {fields.map(({ key, name }) => (
            <Space key={key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, message: t('employees.certNameRequired') }]} style={{ width: 190 }}>
                <Input placeholder={t('employees.certName')} maxLength={80} aria-label={t('employees.certName')} />
              </Form.Item>
              <Form.Item name={[name, 'number']} style={{ width: 150 }}>
                <Input placeholder={t('employees.certNumber')} maxLength={60} aria-label={t('employees.certNumber')} />
              </Form.Item>
              <Form.Item name={[name, 'expiresOn']} style={{ width: 140 }}>
                <DatePicker placeholder={t('employees.expiresOn')} aria-label={t('employees.expiresOn')} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => (
                  <div style={{ paddingTop: 5 }}>
                    <CertTag status={certStatus(getFieldValue(['certifications', name, 'expiresOn']))} />
                  </div>
                )}
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('common.delete')} />
            </Space>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', number: '', expiresOn: null })}>
            {t('employees.addCertification')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
