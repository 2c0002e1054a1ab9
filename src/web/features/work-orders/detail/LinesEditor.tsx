import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { defaultPayer } from '../../../../domain/work-orders/status';
import { PAYERS } from '../../../../domain/work-orders/quote';
import { callApi } from '../../../api/query';
import { formatYuan } from '../../../lib/format';
import { useSession } from '../../../session/SessionContext';
import { addLine, patchLine, refKey, removeLine, toEditLines, toLineInputs, unresolved, type EditLine } from '../lines';
import type { Payer } from '../types';
import { CatalogSelect, resolveRefs, type CatalogItem } from './CatalogSelect';
import { PackageSelect, packageLines } from './PackageSelect';
import { QuoteTable } from './QuoteTable';
import type { WoCtx } from './useWorkOrder';

/** A number edited in place, handed over on blur or Enter when it changed. */
function CommitNumber({
  value,
  onCommit,
  decimals,
  ...rest
}: {
  value?: number;
  onCommit: (v: number) => void;
  min: number;
  max: number;
  decimals: number;
  suffix?: string;
  'aria-label': string;
  'data-testid'?: string;
}) {
  const [v, setV] = useState<number | null>(value ?? null);
  useEffect(() => setV(value ?? null), [value]);
  const commit = () => {
    const rounded = v == null ? null : Math.round(v * 10 ** decimals) / 10 ** decimals;
    if (rounded != null && rounded !== value) onCommit(rounded);
    else setV(value ?? null);
  };
  return <InputNumber size="small" value={v} onChange={setV} onBlur={commit} onPressEnter={commit} style={{ width: 86 }} {...rest} />;
}

/** 维修项目: labor from the labor-time catalog, parts from the parts catalog, payer and discount per line; each change is priced by the server. */
export function LinesEditor({ wo, run, canEdit }: WoCtx) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pointId } = useSession();
  const refs = useRef(new Map<string, string>());
  const [busy, setBusy] = useState(false);
  const lines = useMemo(() => toEditLines(wo.lines), [wo.lines]);
  const editable = canEdit && wo.status === 'draft';

  const save = async (next: EditLine[]) => {
    setBusy(true);
    try {
      const missing = unresolved(next, refs.current);
      if (missing.length) await resolveRefs(missing, refs.current, pointId);
      const still = unresolved(next, refs.current);
      if (still.length) {
        message.error(t('wo.lineNotInCatalog', { name: still.map((l) => `${l.code} ${l.name}`).join('、') }));
        return;
      }
      await run(
        () => callApi('put', '/work-orders/{id}/lines', { params: { id: wo.id }, body: { version: wo.version, lines: toLineInputs(next, refs.current) } }),
        { success: false },
      );
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const add = (c: CatalogItem) => {
    const code = c.kind === 'labor' ? c.item.code : c.item.partNo;
    refs.current.set(refKey(c.kind, code), c.item.id);
    void save(
      addLine(lines, {
        kind: c.kind,
        refId: c.item.id,
        code,
        name: c.item.name,
        qty: c.kind === 'parts' ? 1 : undefined,
        payer: defaultPayer(wo.type),
        discountPct: 0,
      }),
    );
  };
  const edit = (i: number, p: Partial<EditLine>) => void save(patchLine(lines, i, p));
  const money = (v: number | null) => (v == null ? '—' : formatYuan(v));

  return (
    <div data-testid="wo-lines">
      {editable ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <CatalogSelect kind="labor" onPick={add} disabled={busy} />
          <CatalogSelect kind="parts" onPick={add} disabled={busy} />
          <PackageSelect disabled={busy} onPick={(p) => void save([...lines.filter((l) => l.packageId !== p.id), ...packageLines(p, defaultPayer(wo.type))])} />
        </Space>
      ) : (
        wo.status !== 'draft' && <Alert type="info" showIcon title={t('wo.linesLocked')} style={{ marginBottom: 8 }} />
      )}
      <Table
        size="small"
        rowKey="id"
        loading={busy}
        pagination={false}
        dataSource={wo.lines}
        scroll={{ x: 760 }}
        locale={{ emptyText: editable ? t('wo.noLinesCanEdit') : t('wo.noLines') }}
        style={{ marginBottom: 12 }}
        columns={[
          {
            title: t('wo.lineKind'),
            dataIndex: 'kind',
            width: 56,
            render: (k: string) => (
              <Tag color={k === 'labor' ? 'blue' : 'green'} bordered={false}>
                {t(`wo.kinds.${k}`)}
              </Tag>
            ),
          },
          {
            title: t('wo.item'),
            key: 'item',
            ellipsis: true,
            render: (_, l) => (
              <div style={{ lineHeight: 1.3 }} title={l.name}>
                <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {l.packageName && (
                    <Tag color="purple" bordered={false}>
                      {t('wo.packageTag', { name: l.packageName })}
                    </Tag>
                  )}
                  {l.visitCardId && (
                    <Tag color="cyan" bordered={false}>
                      {t('wo.visitCardTag')}
                    </Tag>
                  )}
                  {l.name}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.code}
                  {l.trade ? ` · ${t(`trade.${l.trade}`, { defaultValue: l.trade })}` : ''}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('wo.hoursQty'),
            key: 'q',
            width: 100,
            align: 'right',
            render: (_, l, i) =>
              editable && !l.packageId ? (
                <CommitNumber
                  value={(l.kind === 'labor' ? l.hours : l.qty) ?? undefined}
                  min={l.kind === 'labor' ? 0 : 0.001}
                  max={l.kind === 'labor' ? 500 : 100000}
                  decimals={3}
                  suffix={l.kind === 'labor' ? 'h' : undefined}
                  onCommit={(v) => edit(i, l.kind === 'labor' ? { hours: v } : { qty: v })}
                  data-testid={`line-q-${i}`}
                  aria-label={`${t('wo.hoursQty')} ${l.name}`}
                />
              ) : l.kind === 'labor' ? (
                `${l.hours} h`
              ) : (
                l.qty
              ),
          },
          { title: t('wo.unitPrice'), key: 'price', width: 90, align: 'right', render: (_, l) => money(l.kind === 'labor' ? l.rateFen : l.unitPriceFen) },
          {
            title: t('wo.payer'),
            dataIndex: 'payer',
            width: 104,
            render: (p: Payer, l, i) =>
              editable ? (
                <Select<Payer>
                  size="small"
                  value={p}
                  style={{ width: 92 }}
                  onChange={(v) => edit(i, { payer: v })}
                  aria-label={`${t('wo.payer')} ${l.name}`}
                  options={PAYERS.map((x) => ({ value: x, label: t(`wo.payers.${x}`) }))}
                />
              ) : (
                t(`wo.payers.${p}`)
              ),
          },
          {
            title: t('wo.discountPct'),
            dataIndex: 'discountPct',
            width: 92,
            align: 'right',
            render: (d: number, l, i) =>
              editable && !l.packageId ? (
                <CommitNumber
                  value={d}
                  min={0}
                  max={100}
                  decimals={2}
                  suffix="%"
                  onCommit={(v) => edit(i, { discountPct: v })}
                  aria-label={`${t('wo.discountPct')} ${l.name}`}
                />
              ) : d ? (
                `${d}%`
              ) : (
                '—'
              ),
          },
          {
            title: t('wo.amount'),
            dataIndex: 'amountFen',
            width: 96,
            align: 'right',
            render: (v: number) => <Typography.Text strong>{money(v)}</Typography.Text>,
          },
          ...(editable
            ? [
                {
                  key: 'del',
                  width: 40,
                  render: (_: unknown, _l: unknown, i: number) => (
                    <Popconfirm title={t('wo.removeLine')} onConfirm={() => void save(removeLine(lines, i))}>
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('wo.quoteTitle')}
      </Typography.Title>
      <QuoteTable quote={wo.quote} />
    </div>
  );
}
