import { useEffect, useState } from 'react';
import { Button, Card, Radio, Space, Switch, TimePicker, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import type { Run } from '../useRun';
import type { CalendarMode, Hours, Interval, TicketSettings } from './types';

const DAYS = ['1', '2', '3', '4', '5', '6', '7'];
const FMT = 'HH:mm';
// The picker cannot show 24:00; end of day is edited as 23:59 and saved back as 24:00.
const toPicker = (s: string) => dayjs(s === '24:00' ? '23:59' : s, FMT);
const fromPicker = (d: dayjs.Dayjs, end: boolean) => (end && d.format(FMT) === '23:59' ? '24:00' : d.format(FMT));

/** Working calendar: which days and hours the SLA clocks run, and whether holidays count. */
export function CalendarCard({ settings, run }: { settings: TicketSettings; run: Run }) {
  const { t } = useTranslation();
  const cal = settings.calendar;
  const [mode, setMode] = useState<CalendarMode>(cal.mode);
  const [hours, setHours] = useState<Hours>(cal.hours);
  const [openOnHolidays, setOpenOnHolidays] = useState(cal.openOnHolidays);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setMode(cal.mode);
    setHours(cal.hours);
    setOpenOnHolidays(cal.openOnHolidays);
  }, [cal]);

  const setDay = (d: string, list: Interval[]) => setHours((h) => ({ ...h, [d]: list }));
  const save = async () => {
    setBusy(true);
    const clean = Object.fromEntries(DAYS.map((d) => [d, hours[d] ?? []]).filter(([, l]) => (l as Interval[]).length > 0));
    await run(() => callApi('put', '/ticket-settings/calendar', { body: { version: cal.version, mode, hours: clean, openOnHolidays } }));
    setBusy(false);
  };
  const noHours = mode === '24x7';

  return (
    <Card
      size="small"
      title={t('tset.calendarTitle')}
      extra={
        <Button type="primary" loading={busy} onClick={save} data-testid="calendar-save">
          {t('common.save')}
        </Button>
      }
    >
      <Radio.Group
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        style={{ marginBottom: 8 }}
        data-testid="calendar-mode"
        options={(['workdays', 'everyday', '24x7'] as const).map((m) => ({ value: m, label: t(`tset.modes.${m}`) }))}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(`tset.modeHints.${mode}`)}
      </Typography.Paragraph>
      <div style={{ opacity: noHours ? 0.45 : 1 }}>
        {DAYS.map((d) => {
          const list = hours[d] ?? [];
          return (
            <Space key={d} align="start" style={{ display: 'flex', padding: '4px 0', borderBottom: '1px dashed #f0f0f0' }} data-testid={`calendar-day-${d}`}>
              <Typography.Text style={{ width: 56, display: 'inline-block', lineHeight: '24px' }}>{t(`tset.weekdays.${d}`)}</Typography.Text>
              <Space wrap size={4}>
                {list.length === 0 && (
                  <Typography.Text type="secondary" style={{ lineHeight: '24px' }}>
                    {t('tset.closed')}
                  </Typography.Text>
                )}
                {list.map((iv, i) => (
                  <Space.Compact key={i}>
                    <TimePicker.RangePicker
                      size="small"
                      format={FMT}
                      minuteStep={15}
                      allowClear={false}
                      disabled={noHours}
                      style={{ width: 170 }}
                      value={[toPicker(iv.from), toPicker(iv.to)]}
                      onChange={(v) =>
                        v?.[0] &&
                        v[1] &&
                        setDay(
                          d,
                          list.map((x, j) => (j === i ? { from: fromPicker(v[0]!, false), to: fromPicker(v[1]!, true) } : x)),
                        )
                      }
                    />
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      disabled={noHours}
                      onClick={() =>
                        setDay(
                          d,
                          list.filter((_, j) => j !== i),
                        )
                      }
                      aria-label={t('common.delete')}
                    />
                  </Space.Compact>
                ))}
                {list.length < 4 && (
                  <Button
                    size="small"
                    type="dashed"
                    icon={<PlusOutlined />}
                    disabled={noHours}
                    onClick={() => setDay(d, [...list, list.length ? { from: '13:00', to: '18:00' } : { from: '09:00', to: '18:00' }])}
                  >
                    {t('tset.addRange')}
                  </Button>
                )}
              </Space>
            </Space>
          );
        })}
      </div>
      <Space style={{ marginTop: 12 }}>
        <Switch checked={openOnHolidays} onChange={setOpenOnHolidays} aria-label={t('tset.openOnHolidays')} data-testid="calendar-holidays" />
        <span>{t('tset.openOnHolidays')}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tset.openOnHolidaysHint')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
