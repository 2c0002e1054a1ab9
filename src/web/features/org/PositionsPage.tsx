import { useMemo, useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Result, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useInvalidate } from '../../api/query';
import { HeadcountTag, HEADCOUNT_ORDER } from '../../components/StatusTags';
import { isConflict, useReportError } from '../../lib/errors';
import { nameOf, titleOf } from '../../lib/format';
import { ORG_QUERIES, useOrgChart, type Position } from './useOrgChart';
import { usePositionEditor } from './usePositionEditor';

/** 岗位职责: every position in a table; the same drawer and form as the chart. */
export default function PositionsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const { data: chart, isFetching: loading, error, refetch } = useOrgChart();
  const refresh = useInvalidate(...ORG_QUERIES);
  const editor = usePositionEditor(chart);
  const [q, setQ] = useState('');
  const [dept, setDept] = useState<string>();
  const [status, setStatus] = useState<string>();
  const lang = i18n.language;

  const byId = useMemo(() => new Map((chart?.positions ?? []).map((p) => [p.id, p])), [chart]);
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (chart?.positions ?? []).filter(
      (p) =>
        (!needle || p.titleZh.toLowerCase().includes(needle) || p.titleEn.toLowerCase().includes(needle)) &&
        (!dept || p.departmentId === dept) &&
        (!status || p.headcountStatus === status),
    );
  }, [chart, q, dept, status]);

  const remove = async (p: Position) => {
    try {
      await callApi('delete', '/positions/{id}', { params: { id: p.id }, query: { version: p.version } });
      message.success(t('common.deleted'));
    } catch (e) {
      if (isConflict(e)) message.error(e instanceof Error && e.message ? e.message : t('common.staleVersion'));
      else report(e);
    }
    refresh();
  };

  if (error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.positions')}
      extra={
        <Space>
          {editor.canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={editor.openCreate}>
              {t('org.newPosition')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('org.searchTitle')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ width: 220 }}
          aria-label={t('org.searchTitle')}
        />
        <Select
          allowClear
          placeholder={t('org.department')}
          value={dept}
          onChange={setDept}
          style={{ width: 180 }}
          options={(chart?.departments ?? []).map((d) => ({ value: d.id, label: nameOf(d, lang) }))}
          aria-label={t('org.department')}
        />
        <Select
          allowClear
          placeholder={t('common.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 140 }}
          options={HEADCOUNT_ORDER.map((s) => ({ value: s, label: t(`status.headcount.${s}`) }))}
          aria-label={t('common.status')}
        />
      </Space>
      <Table<Position>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 900 }}
        onRow={(p) => ({ onDoubleClick: () => editor.openPosition(p.id) })}
        locale={{ emptyText: editor.canEdit ? t('org.emptyChartCanEdit') : t('org.emptyChart') }}
        columns={[
          {
            title: t('org.title'),
            key: 'title',
            sorter: (a, b) => titleOf(a, lang).localeCompare(titleOf(b, lang), lang),
            render: (_, p) => <Typography.Link onClick={() => editor.openPosition(p.id)}>{titleOf(p, lang)}</Typography.Link>,
          },
          { title: t('org.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
          {
            title: t('org.superior'),
            key: 'superior',
            render: (_, p) => (p.superiorId && byId.get(p.superiorId) ? titleOf(byId.get(p.superiorId)!, lang) : '—'),
          },
          { title: t('org.grade'), dataIndex: 'grade', width: 80 },
          {
            title: t('org.actualPlanned'),
            key: 'hc',
            width: 110,
            align: 'center',
            sorter: (a, b) => a.actualHeadcount - a.plannedHeadcount - (b.actualHeadcount - b.plannedHeadcount),
            render: (_, p) => `${p.actualHeadcount} / ${p.plannedHeadcount}`,
          },
          { title: t('common.status'), dataIndex: 'headcountStatus', width: 100, render: (s: Position['headcountStatus']) => <HeadcountTag status={s} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right',
            render: (_, p) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => editor.openPosition(p.id)}>
                  {t('common.view')}
                </Button>
                {editor.canEdit && (
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => editor.openEdit(p.id)} aria-label={t('common.edit')} />
                )}
                {editor.canEdit && (
                  <Popconfirm
                    title={t('org.deleteConfirm', { title: titleOf(p, lang) })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(p)}
                  >
                    <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editor.elements}
    </Card>
  );
}
