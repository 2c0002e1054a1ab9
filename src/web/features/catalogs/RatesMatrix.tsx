import { useEffect, useState } from 'react';
import { App, Card, InputNumber, Result, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TRADES, type SkillGrade, type Trade } from '../../../domain/org/templates/types';
import { callApi, useApiQuery } from '../../api/query';
import { isConflict, useReportError } from '../../lib/errors';
import { fenToYuan, formatYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { LaborRate } from './types';

/** Technician grades that carry a labor rate (师傅 / 中工 / 徒弟). */
const GRADES: SkillGrade[] = ['master', 'mid', 'apprentice'];
const keyOf = (trade: string, grade: string) => `${trade}:${grade}`;

interface CellProps {
  trade: Trade;
  grade: SkillGrade;
  rate?: LaborRate;
  canEdit: boolean;
  onSaved: (r: LaborRate) => void;
  onStale: () => void;
}

/** One rate in yuan per hour; saved on Enter or leaving the field when it changed (version 0 = new). */
function RateCell({ trade, grade, rate, canEdit, onSaved, onStale }: CellProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const [value, setValue] = useState<number | null>(fenToYuan(rate?.rateFen) ?? null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setValue(fenToYuan(rate?.rateFen) ?? null), [rate?.rateFen]);

  if (!canEdit) return rate ? <span>{formatYuan(rate.rateFen)}</span> : <Typography.Text type="secondary">—</Typography.Text>;

  const save = async () => {
    const fen = yuanToFen(value);
    if (fen === undefined || fen === rate?.rateFen || busy) return;
    setBusy(true);
    try {
      onSaved(await callApi('put', '/labor-rates', { body: { trade, skillGrade: grade, rateFen: fen, version: rate?.version ?? 0 } }));
      message.success(t('catalog.rateSaved', { trade: t(`trade.${trade}`), grade: t(`grade.${grade}`), rate: formatYuan(fen) }));
    } catch (e) {
      if (isConflict(e)) {
        message.error(t('common.staleVersion'));
        onStale();
      } else report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <InputNumber
      value={value}
      onChange={(v) => setValue(v)}
      onBlur={save}
      onPressEnter={save}
      disabled={busy}
      min={0}
      max={100000}
      step={10}
      precision={2}
      prefix="¥"
      placeholder={t('catalog.rateUnset')}
      style={{ width: '100%', maxWidth: 180 }}
      status={value !== null && yuanToFen(value) !== rate?.rateFen ? 'warning' : undefined}
      aria-label={`${t(`trade.${trade}`)} ${t(`grade.${grade}`)}`}
      data-testid={`rate-${trade}-${grade}`}
    />
  );
}

/** 工时单价: yuan per hour by trade × technician grade. */
export function RatesMatrix({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const rates = useApiQuery('/labor-rates', { query: { servicePointId: pointId }, enabled: !!pointId });
  const [byKey, setByKey] = useState<Map<string, LaborRate>>(new Map());
  useEffect(() => setByKey(new Map((rates.data?.items ?? []).map((r) => [keyOf(r.trade, r.skillGrade), r]))), [rates.data]);

  if (rates.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(rates.error as Error).message} />;
  const saved = (r: LaborRate) => setByKey((m) => new Map(m).set(keyOf(r.trade, r.skillGrade), r));

  return (
    <Card
      size="small"
      title={t('catalog.ratesTitle')}
      extra={<Typography.Text type="secondary">{canEdit ? t('catalog.ratesHintEdit') : t('catalog.ratesHint')}</Typography.Text>}
    >
      <Table<{ trade: Trade }>
        size="small"
        rowKey="trade"
        loading={rates.isLoading}
        dataSource={TRADES.map((trade) => ({ trade }))}
        pagination={false}
        data-testid="rates-matrix"
        columns={[
          { title: t('catalog.trade'), dataIndex: 'trade', width: 120, render: (v: Trade) => <Typography.Text strong>{t(`trade.${v}`)}</Typography.Text> },
          ...GRADES.map((g) => ({
            title: t('catalog.ratePerHour', { grade: t(`grade.${g}`) }),
            key: g,
            width: 180,
            render: (_: unknown, r: { trade: Trade }) => (
              <RateCell trade={r.trade} grade={g} rate={byKey.get(keyOf(r.trade, g))} canEdit={canEdit} onSaved={saved} onStale={() => void rates.refetch()} />
            ),
          })),
        ]}
      />
    </Card>
  );
}
