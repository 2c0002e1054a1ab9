import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAYERS } from '../../../../domain/work-orders/quote';
import { formatYuan } from '../../../lib/format';
import type { WorkOrder } from '../types';

type Row = WorkOrder['quote']['byPayer'][string] & { payer: string };

/** 报价: labor, parts, discount, total and the VAT it holds, per payer; the customer's part is what the cashier collects. */
export function QuoteTable({ quote }: { quote: WorkOrder['quote'] }) {
  const { t } = useTranslation();
  const rows: Row[] = PAYERS.filter((p) => quote.byPayer[p] && quote.byPayer[p].grossFen > 0).map((p) => ({ payer: p, ...quote.byPayer[p] }));
  const money = (v: number) => formatYuan(v);
  return (
    <Table<Row>
      size="small"
      rowKey="payer"
      pagination={false}
      dataSource={rows}
      data-testid="wo-quote"
      locale={{ emptyText: t('wo.noLines') }}
      columns={[
        { title: t('wo.payer'), dataIndex: 'payer', render: (p: string) => t(`wo.payers.${p}`) },
        { title: t('wo.laborFee'), dataIndex: 'laborFen', align: 'right', render: money },
        { title: t('wo.partsFee'), dataIndex: 'partsFen', align: 'right', render: money },
        { title: t('wo.lineDiscount'), dataIndex: 'discountFen', align: 'right', render: (v: number) => (v ? `-${money(v)}` : '—') },
        { title: t('wo.total'), dataIndex: 'amountFen', align: 'right', render: (v: number) => <Typography.Text strong>{money(v)}</Typography.Text> },
        { title: t('wo.tax'), dataIndex: 'taxFen', align: 'right', render: money },
      ]}
      summary={() =>
        rows.length === 0 ? null : (
          <Table.Summary.Row style={{ background: '#fafafa' }}>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('wo.grandTotal')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(quote.laborFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money(quote.partsFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {quote.total.discountFen ? `-${money(quote.total.discountFen)}` : '—'}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong>{money(quote.total.amountFen)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {money(quote.total.taxFen)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
