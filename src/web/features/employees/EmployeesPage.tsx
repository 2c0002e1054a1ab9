import { useMemo, useState } from 'react';
import { Button, Card, Input, Result, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { CertTag } from '../../components/StatusTags';
import { XlsxImport } from '../../components/XlsxImport';
import { nameOf } from '../../lib/format';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { EmployeeDrawer } from './EmployeeDrawer';
import type { Employee } from './types';

/** 员工: the staff of the service point, their positions, teams and certificates. */
export default function EmployeesPage() {
  const { t, i18n } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [teamId, setTeamId] = useState<string>();
  const [positionId, setPositionId] = useState<string>();
  const [editing, setEditing] = useState<Employee | 'new' | null>(null);
  const lang = i18n.language;
  const canEdit = can('employees.manage');

  const table = usePagedTable('/employees', { query: { servicePointId: pointId, q, teamId, positionId }, enabled: !!pointId });
  const list = table.query;
  const teams = useApiQuery('/teams', { query: { servicePointId: pointId }, enabled: !!pointId });
  const positions = useApiQuery('/positions', { query: { servicePointId: pointId }, enabled: !!pointId });

  const teamOptions = useMemo(() => (teams.data?.items ?? []).map((x) => ({ value: x.id, label: nameOf(x, lang) })), [teams.data, lang]);
  const positionOptions = useMemo(
    () => (positions.data?.items ?? []).map((p) => ({ value: p.id, label: lang === 'en-US' && p.titleEn ? p.titleEn : p.titleZh })),
    [positions.data, lang],
  );

  const positionTitles = new Map(positionOptions.map((o) => [o.value, o.label]));
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const filtered = !!(q || teamId || positionId);

  return (
    <Card
      size="small"
      title={t('nav.employees')}
      extra={
        <Space wrap>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="employee-new">
              {t('employees.new')}
            </Button>
          )}
          {canEdit && (
            <XlsxImport
              url="/employees/import"
              ns="employees"
              testId="employee-import"
              errorsTestId="import-errors"
              invalidate={['/employees', '/org', '/positions', '/staffing']}
            />
          )}
          {canEdit && (
            <Button icon={<DownloadOutlined />} href={apiUrl('/employees/import-template')} data-testid="employee-template">
              {t('employees.downloadTemplate')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('employees.searchPlaceholder')}
          style={{ width: 260 }}
          data-testid="employee-search"
          onSearch={(v) => setQ(v.trim())}
          aria-label={t('employees.searchPlaceholder')}
        />
        <Select
          allowClear
          placeholder={t('employees.team')}
          style={{ width: 170 }}
          options={teamOptions}
          value={teamId}
          onChange={setTeamId}
          aria-label={t('employees.team')}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('employees.position')}
          style={{ width: 200 }}
          options={positionOptions}
          value={positionId}
          onChange={setPositionId}
          aria-label={t('employees.position')}
        />
      </Space>
      <Table<Employee>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={table.items}
        scroll={{ x: 1100 }}
        locale={{ emptyText: filtered ? t('employees.noMatch') : canEdit ? t('employees.emptyCanEdit') : t('employees.empty') }}
        pagination={table.pagination}
        onRow={(e) => ({ onDoubleClick: () => canEdit && setEditing(e) })}
        columns={[
          { title: t('employees.employeeNo'), dataIndex: 'employeeNo', width: 100, fixed: 'left' },
          {
            title: t('employees.name'),
            dataIndex: 'name',
            width: 110,
            fixed: 'left',
            render: (v: string, e) => (
              <Space size={4}>
                {canEdit ? <Typography.Link onClick={() => setEditing(e)}>{v}</Typography.Link> : v}
                {!e.isActive && <Tag>{t('employees.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('employees.gender'), dataIndex: 'gender', width: 76, render: (g: string) => t(`employees.genders.${g}`) },
          { title: t('employees.phone'), dataIndex: 'phone', width: 120 },
          {
            title: t('employees.position'),
            key: 'positions',
            render: (_, e) =>
              e.assignments.map((a) => (
                <div key={a.positionId + (a.teamId ?? '')}>
                  {positionTitles.get(a.positionId) ?? a.positionTitle}
                  {a.teamName && <Typography.Text type="secondary"> · {a.teamName}</Typography.Text>}
                  {!a.isPrimary && <Tag style={{ marginInlineStart: 4 }}>{t('employees.secondary')}</Tag>}
                </div>
              )),
          },
          { title: t('employees.trade'), dataIndex: 'trade', width: 80, render: (v: string | null) => (v ? t(`trade.${v}`) : '—') },
          { title: t('employees.skillGrade'), dataIndex: 'skillGrade', width: 80, render: (v: string) => t(`grade.${v}`) },
          { title: t('employees.hiredOn'), dataIndex: 'hiredOn', width: 110, render: (v: string | null) => v ?? '—' },
          {
            title: t('employees.certifications'),
            key: 'certs',
            width: 260,
            render: (_, e) =>
              e.certifications.length === 0 ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                <Space size={[0, 4]} wrap>
                  {e.certifications.map((c) => (
                    <Tooltip
                      key={c.id}
                      title={`${c.name} ${c.number}${c.expiresOn ? ` · ${t('employees.expiresOn')} ${c.expiresOn}` : ''} · ${t(`status.cert.${c.status}`)}`}
                    >
                      <span>
                        <CertTag status={c.status}>{c.name}</CertTag>
                      </span>
                    </Tooltip>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      <EmployeeDrawer
        open={editing !== null}
        employee={editing === 'new' ? undefined : (editing ?? undefined)}
        teams={teams.data?.items ?? []}
        positions={positions.data?.items ?? []}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
        onStale={() => setEditing(null)}
      />
    </Card>
  );
}
