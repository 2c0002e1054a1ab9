import { Alert, Button, Descriptions, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HeadcountTag } from '../../components/StatusTags';
import { formatYuan, titleOf } from '../../lib/format';
import type { Position } from './useOrgChart';

interface Props {
  position: Position | undefined;
  positions: Position[];
  open: boolean;
  canEdit: boolean;
  onClose: () => void;
  onEdit: () => void;
  /** Jump to another position (superior, subordinate, collaborator). */
  onOpen: (id: string) => void;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div style={{ marginTop: 20 }}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {title}
      </Typography.Title>
      {children}
    </div>
  );
}

function Numbered({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ol style={{ paddingInlineStart: 22, margin: 0 }}>
      {items.map((d, i) => (
        <li key={i} style={{ marginBottom: 4 }}>
          {d}
        </li>
      ))}
    </ol>
  );
}

/** The job description (岗位职责) of one position. */
export function PositionDrawer({ position: p, positions, open, canEdit, onClose, onEdit, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byId = new Map(positions.map((x) => [x.id, x]));
  const link = (x: Position) => (
    <Typography.Link key={x.id} onClick={() => onOpen(x.id)}>
      {titleOf(x, lang)}
    </Typography.Link>
  );
  const title = p ? titleOf(p, lang) : '';
  const other = p ? (lang === 'en-US' ? p.titleZh : p.titleEn) : '';
  const superior = p?.superiorId ? byId.get(p.superiorId) : undefined;
  const subordinates = p ? positions.filter((x) => x.superiorId === p.id) : [];
  const collaborators = p ? p.collaboratorIds.map((id) => byId.get(id)).filter((x): x is Position => !!x) : [];
  const limits = p?.limits ?? {};
  const gap = p ? p.plannedHeadcount - p.actualHeadcount : 0;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      title={
        <span data-testid="position-drawer-title">
          {t('org.jobDescription')}:{title}
        </span>
      }
      extra={
        canEdit && p ? (
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="position-edit">
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {!p ? (
        <Empty />
      ) : (
        <section
          data-testid="position-drawer"
          aria-label={title}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a long job description scrolls; the keyboard must reach it (WCAG 2.1.1)
          tabIndex={0}
          style={{ outline: 'none' }}
        >
          <Space align="baseline" wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {other && other !== title && <Typography.Text type="secondary">{other}</Typography.Text>}
            <HeadcountTag status={p.headcountStatus} />
            {p.headOf && <Tag color="blue">{t(`org.headOf.${p.headOf}`)}</Tag>}
          </Space>
          {p.headcountStatus !== 'ok' && (
            <Alert
              type={p.headcountStatus === 'over' ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              title={t(`org.headcountAlert.${p.headcountStatus}`, { gap: Math.abs(gap), planned: p.plannedHeadcount, actual: p.actualHeadcount })}
            />
          )}
          <Descriptions size="small" column={2} bordered styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('org.department')}>{p.departmentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org.grade')}>{p.grade || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org.superior')} span={2}>
              {superior ? link(superior) : t('org.noSuperior')}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.subordinates')} span={2}>
              {subordinates.length ? (
                <Space wrap size={[12, 4]}>
                  {subordinates.map(link)}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.collaborators')} span={2}>
              {collaborators.length ? (
                <Space wrap size={[12, 4]}>
                  {collaborators.map(link)}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.planned')}>{p.plannedHeadcount}</Descriptions.Item>
            <Descriptions.Item label={t('org.actual')}>{p.actualHeadcount}</Descriptions.Item>
          </Descriptions>

          <Section title={t('org.duties')}>
            <Numbered items={p.duties} empty={t('org.noneYet')} />
          </Section>
          <Section title={t('org.authorities')}>
            <Numbered items={p.authorities} empty={t('org.noneYet')} />
            <Space wrap style={{ marginTop: 8 }}>
              <Tag>
                {t('org.limitDiscount')}: {limits.discountPct ? `≤ ${limits.discountPct}%` : t('org.limitNone')}
              </Tag>
              <Tag>
                {t('org.limitGoodwill')}: {limits.goodwillFen ? `≤ ${formatYuan(limits.goodwillFen)}` : t('org.limitNone')}
              </Tag>
              <Tag>
                {t('org.limitCompensation')}: {limits.compensationFen ? `≤ ${formatYuan(limits.compensationFen)}` : t('org.limitNone')}
              </Tag>
              <Tag>
                {t('org.limitInsuranceWriteOff')}: {limits.insuranceWriteOffFen ? `≤ ${formatYuan(limits.insuranceWriteOffFen)}` : t('org.limitNone')}
              </Tag>
            </Space>
          </Section>
          <Section title={t('org.reportsUpward')}>
            <Numbered items={p.reportsUpward} empty={t('org.noneYet')} />
          </Section>
          <Section title={t('org.holders')}>
            <Table
              size="small"
              rowKey="employeeId"
              pagination={false}
              dataSource={p.holders}
              locale={{ emptyText: t('org.noHolders') }}
              columns={[
                { title: t('employees.employeeNo'), dataIndex: 'employeeNo', width: 110 },
                { title: t('employees.name'), dataIndex: 'name' },
                { title: t('employees.team'), dataIndex: 'teamName', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Section>
          <Section title={t('org.permissions')}>
            {p.permissions.length ? (
              <Space wrap size={[4, 4]}>
                {p.permissions.map((x) => (
                  <Tag key={x}>{t(`perm.${x}`, { defaultValue: x })}</Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('org.noneYet')}</Typography.Text>
            )}
          </Section>
        </section>
      )}
    </Drawer>
  );
}
