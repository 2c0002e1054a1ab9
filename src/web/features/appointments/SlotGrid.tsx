import { Card, Empty, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SLOT_COLORS, SLOT_TEXT_COLORS, slotEnd, slotLevel, type SlotLevel } from './slots';
import type { Availability } from './types';

const LEVELS: SlotLevel[] = ['free', 'low', 'full'];

/** The day's slots: booked against capacity (technicians on shift × slot × bookable share), coloured by what is left. */
export function SlotGrid({ data, loading, onPick }: { data?: Availability; loading: boolean; onPick?: (start: string) => void }) {
  const { t } = useTranslation();
  const slots = data?.slots ?? [];

  return (
    <Card
      size="small"
      loading={loading && !data}
      title={t('appt.capacityTitle')}
      className="appt-no-print"
      style={{ marginBottom: 12 }}
      extra={
        <Space size={12} wrap>
          {data && <Typography.Text type="secondary">{t('appt.technicians', { count: data.technicians })}</Typography.Text>}
          {LEVELS.map((l) => (
            <Space key={l} size={4}>
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: SLOT_COLORS[l] }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`appt.level.${l}`)}
              </Typography.Text>
            </Space>
          ))}
        </Space>
      }
    >
      {slots.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appt.noSlots')} />
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(138px, 1fr))', gap: 8 }} data-testid="slot-grid">
          {slots.map((s) => {
            const level = slotLevel(s);
            const pct = s.capacityMinutes > 0 ? Math.round((s.bookedMinutes / s.capacityMinutes) * 100) : 100;
            return (
              <Tooltip key={s.start} title={`${t('appt.capacityHint', { capacity: s.capacityMinutes })}${onPick ? ` · ${t('appt.slotBookHint')}` : ''}`}>
                {/* biome-ignore lint/a11y/noStaticElementInteractions: a button (role, tab stop, Enter) whenever it can be picked, plain text otherwise */}
                <div
                  role={onPick ? 'button' : undefined}
                  tabIndex={onPick ? 0 : undefined}
                  onClick={() => onPick?.(s.start)}
                  onKeyDown={(e) => e.key === 'Enter' && onPick?.(s.start)}
                  data-testid={`slot-${s.start}`}
                  data-level={level}
                  style={{
                    border: `1px solid ${SLOT_COLORS[level]}55`,
                    borderInlineStart: `4px solid ${SLOT_COLORS[level]}`,
                    borderRadius: 6,
                    padding: '6px 8px',
                    cursor: onPick ? 'pointer' : 'default',
                    background: `${SLOT_COLORS[level]}0d`,
                  }}
                >
                  <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text strong>
                      {s.start}–{slotEnd(s.start, s.minutes)}
                    </Typography.Text>
                    {s.freeMinutes < 0 && (
                      <Tag color="error" style={{ marginInlineEnd: 0 }}>
                        {t('appt.overbooked')}
                      </Tag>
                    )}
                  </Space>
                  <Progress
                    percent={Math.min(pct, 100)}
                    showInfo={false}
                    strokeColor={SLOT_COLORS[level]}
                    size="small"
                    style={{ margin: '2px 0' }}
                    aria-label={t('appt.bookedOfCapacity', { booked: s.bookedMinutes, capacity: s.capacityMinutes })}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {t('appt.bookedOfCapacity', { booked: s.bookedMinutes, capacity: s.capacityMinutes })}
                  </Typography.Text>
                  <Typography.Text style={{ fontSize: 12, color: SLOT_TEXT_COLORS[level] }}>
                    {s.freeMinutes >= 0 ? t('appt.freeMinutes', { n: s.freeMinutes }) : t('appt.overMinutes', { n: -s.freeMinutes })}
                  </Typography.Text>
                </div>
              </Tooltip>
            );
          })}
        </div>
      )}
    </Card>
  );
}
