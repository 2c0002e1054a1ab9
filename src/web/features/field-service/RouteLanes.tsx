/**
 * The plan board's lanes: the open visits and each engineer's route in order. Drag a visit onto another engineer or
 * another place in a route; from the keyboard, "assign to…" and move up / down do the same. The server validates
 * (skills, certificates), records the override and returns the deadline / shift warnings shown here.
 */
import { useState, type DragEvent } from 'react';
import { Alert, App, Button, Card, Col, Row, Select, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PushpinFilled, PushpinOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldEngineer, FieldVisit } from '../../../contracts/field-service';
import { callApi } from '../../api/query';
import { usePointTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { Deadline } from './VisitTags';

const MOVABLE = ['open', 'assigned'];
type Warning = { visitId: string; kind: string; message: string };

export function RouteLanes({ engineers, visits, refresh }: { engineers: FieldEngineer[]; visits: FieldVisit[]; refresh: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = usePointTime();
  const run = useRun(refresh);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [over, setOver] = useState<string | null>(null);
  const lane = (engineerId: string | null) =>
    visits.filter((v) => v.engineerId === engineerId && v.status !== 'cancelled').sort((a, b) => (a.routeOrder ?? 999) - (b.routeOrder ?? 999));
  const move = (v: FieldVisit, engineerId: string | null, position?: number) =>
    run(
      async () => {
        const r = await callApi('post', '/field/visits/{id}/move', { params: { id: v.id }, body: { version: v.version, engineerId, position } });
        setWarnings(r.warnings);
        if (r.warnings.length) message.warning(t('fmove.warnings', { n: r.warnings.length }));
      },
      { success: t('fmove.moved', { number: v.number }) },
    );
  const drop = (e: DragEvent, engineerId: string | null, position?: number) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(null);
    const v = visits.find((x) => x.id === e.dataTransfer.getData('text/plain'));
    if (v) void move(v, engineerId, position);
  };
  const card = (v: FieldVisit, i: number, list: FieldVisit[], engineerId: string | null) => {
    const movable = MOVABLE.includes(v.status);
    return (
      <article
        key={v.id}
        aria-label={v.number}
        draggable={movable}
        onDragStart={(e) => e.dataTransfer.setData('text/plain', v.id)}
        onDragOver={(e) => movable && e.preventDefault()}
        onDrop={(e) => engineerId !== null && drop(e, engineerId, i)}
        data-testid="lane-visit"
        style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 6, marginBottom: 6, background: '#fff', cursor: movable ? 'grab' : 'default' }}
      >
        <Space size={4} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text strong>
            {v.routeOrder ? `${v.routeOrder}. ` : ''}
            {v.number}
            {v.pinned && (
              <Tooltip title={t('fmove.pinnedHint')}>
                <PushpinFilled style={{ color: '#d46b08', marginInlineStart: 4 }} aria-label={t('fmove.pinned')} data-testid="visit-pinned" />
              </Tooltip>
            )}
          </Typography.Text>
          <Typography.Text type="secondary">{v.etaAt ? `${t('fld.eta')} ${time.time(v.etaAt)}` : ''}</Typography.Text>
        </Space>
        <div style={{ fontSize: 12 }}>
          {v.customerName} · {v.requiredSkill}
        </div>
        <div style={{ fontSize: 12 }}>
          <Deadline v={v} />
        </div>
        {warnings
          .filter((w) => w.visitId === v.id)
          .map((w) => (
            <Typography.Text key={w.kind} type="warning" style={{ display: 'block', fontSize: 12 }}>
              {w.message}
            </Typography.Text>
          ))}
        {movable && (
          <Space size={4} style={{ marginTop: 4 }}>
            <Select
              size="small"
              aria-label={t('fmove.assignTo', { number: v.number })}
              placeholder={t('fmove.assignToShort')}
              style={{ width: 120 }}
              value={v.engineerId ?? undefined}
              allowClear
              onChange={(id) => void move(v, id ?? null)}
              options={engineers.map((e) => ({ value: e.id, label: e.name }))}
            />
            {v.pinned && (
              <Tooltip title={t('fmove.unpinHint')}>
                <Button
                  size="small"
                  icon={<PushpinOutlined />}
                  aria-label={`${t('fmove.unpin')} ${v.number}`}
                  data-testid="visit-unpin"
                  onClick={() =>
                    void run(() => callApi('post', '/field/visits/{id}/unpin', { params: { id: v.id }, body: { version: v.version } }), {
                      success: t('fmove.unpinned', { number: v.number }),
                    })
                  }
                />
              </Tooltip>
            )}
            {engineerId !== null && (
              <>
                <Tooltip title={t('fmove.up')}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    aria-label={`${t('fmove.up')} ${v.number}`}
                    disabled={i === 0}
                    onClick={() => void move(v, engineerId, i - 1)}
                  />
                </Tooltip>
                <Tooltip title={t('fmove.down')}>
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={`${t('fmove.down')} ${v.number}`}
                    disabled={i === list.length - 1}
                    onClick={() => void move(v, engineerId, i + 1)}
                  />
                </Tooltip>
              </>
            )}
          </Space>
        )}
      </article>
    );
  };
  const lanes: { id: string | null; title: string }[] = [{ id: null, title: t('fld.unassigned') }, ...engineers.map((e) => ({ id: e.id, title: e.name }))];
  return (
    <Card size="small" title={t('fmove.lanes')} data-testid="field-lanes">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('fmove.help')}
      </Typography.Paragraph>
      {warnings.length > 0 && (
        <Alert type="warning" showIcon closable onClose={() => setWarnings([])} title={warnings.map((w) => w.message).join(';')} style={{ marginBottom: 8 }} />
      )}
      <Row gutter={[8, 8]} wrap={false} style={{ overflowX: 'auto' }}>
        {lanes.map((l) => {
          const list = lane(l.id);
          const key = l.id ?? 'open';
          return (
            <Col key={key} flex="0 0 220px">
              <section
                aria-label={l.title}
                onDragOver={(e) => {
                  e.preventDefault();
                  setOver(key);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={(e) => drop(e, l.id)}
                data-testid={`lane-${key}`}
                style={{ background: over === key ? '#e6f4ff' : '#fafafa', borderRadius: 8, padding: 8, minHeight: 120 }}
              >
                <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
                  {l.title}({list.length})
                </Typography.Text>
                {list.map((v, i) => card(v, i, list, l.id))}
              </section>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
