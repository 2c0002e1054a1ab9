import { useState } from 'react';
import { Button, Descriptions, Drawer, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { ClaimEditModal } from './ClaimEditModal';
import { PreauthRequestModal } from './PreauthsTab';
import { ClaimStatusTag, ReturnStatusTag, useClaimsRun } from './shared';
import { ClaimTechSupport } from '../knowledge/ClaimTechSupport';

/** One claim: facts, lines, pre-check findings; the station corrects, pre-checks and submits; the reviewer decides. */
export function ClaimDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const time = usePointTime();
  const run = useClaimsRun();
  const claim = useApiQuery('/claims/{id}', { params: { id } });
  const [reason, setReason] = useState('');
  const [approvedYuan, setApprovedYuan] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const c = claim.data;
  const decide = (decision: 'approve' | 'reject' | 'return') =>
    c &&
    run(() =>
      callApi('post', '/claims/{id}/decision', {
        params: { id },
        body: { version: c.version, decision, reason, approvedFen: decision === 'approve' && approvedYuan !== null ? yuanToFen(approvedYuan) : undefined },
      }),
    );
  const editable = c && (c.status === 'draft' || c.status === 'returned');
  const waiting = c && (c.status === 'submitted' || c.status === 'reviewing');
  return (
    <Drawer open width={760} title={c ? `${t('cl.detail')} ${c.number}` : t('cl.detail')} onClose={onClose} loading={claim.isLoading}>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-drawer">
          <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('cl.status')}>
              <span data-testid="claim-status">
                <ClaimStatusTag status={c.status} />
              </span>
              {c.submitCount > 1 ? <Tag>{t('cl.submitCount', { count: c.submitCount })}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.station')}>{c.stationName}</Descriptions.Item>
            <Descriptions.Item label={t('cl.vin')}>
              {c.vin} ({c.model})
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.plate')}>
              {c.plate} · {c.workOrderNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.fault')}>{c.faultCode || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cl.causePart')}>{c.causePartNo || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cl.mileage')}>{c.mileageKm.toLocaleString()} km</Descriptions.Item>
            <Descriptions.Item label={t('cl.completedAt')}>{time.dateTime(c.completedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('cl.amount')}>
              {formatYuan(c.amountFen)}
              <Typography.Text type="secondary">
                {' '}
                ({t('cl.split', { labor: formatYuan(c.laborFen), parts: formatYuan(c.partsFen), other: formatYuan(c.otherFen) })})
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.approved')}>{c.approvedFen === null ? '—' : formatYuan(c.approvedFen)}</Descriptions.Item>
            <Descriptions.Item label={t('cl.submittedAt')}>
              {time.dateTime(c.submittedAt)} {c.submittedByName ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.reviewer')}>
              {c.reviewerName ?? '—'} {c.decidedAt ? time.dateTime(c.decidedAt) : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.reason')} span={2}>
              {c.decisionReason || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.faultDescription')} span={2}>
              {c.faultDescription || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('cl.lines')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.lines}
            columns={[
              { title: '#', dataIndex: 'lineNo', key: 'n', width: 40 },
              { title: t('cl.code'), dataIndex: 'code', key: 'code' },
              { title: t('cl.name'), dataIndex: 'name', key: 'name' },
              { title: t('cl.qty'), key: 'q', render: (_, l) => (l.kind === 'labor' ? `${l.hours} h` : `× ${l.qty}`) },
              { title: t('cl.amount'), key: 'a', align: 'right', render: (_, l) => formatYuan(l.amountFen) },
              { title: t('cl.tag'), key: 'tag', render: (_, l) => (l.tagNo ? <span>{l.tagNo}</span> : '—') },
              { title: t('cl.returnStatus'), key: 'rs', render: (_, l) => (l.kind === 'parts' ? <ReturnStatusTag status={l.returnStatus} /> : null) },
            ]}
          />
          <Typography.Title level={5}>{t('cl.preChecks')}</Typography.Title>
          {c.preChecks === null ? (
            <Typography.Text type="secondary">{t('cl.notChecked')}</Typography.Text>
          ) : c.preChecks.length === 0 ? (
            <Tag color="green" data-testid="claim-precheck-passed">
              {t('cl.preCheckPassed')}
            </Tag>
          ) : (
            <ul data-testid="claim-findings">
              {c.preChecks.map((f) => (
                <li key={f.rule}>
                  <Tag color={f.severity === 'reject' ? 'red' : 'orange'}>{f.severity === 'reject' ? t('cl.reject') : t('cl.return')}</Tag>
                  {f.messageZh}
                </li>
              ))}
            </ul>
          )}
          <ClaimTechSupport claimId={c.id} workOrderId={c.workOrderId} />
          {editable && can('claims.manage') && (
            <Space wrap>
              <Button onClick={() => setEditing(true)} data-testid="claim-edit">
                {t('cl.edit')}
              </Button>
              <Button onClick={() => setAsking(true)}>{t('cl.askPreauth')}</Button>
              <Button onClick={() => run(() => callApi('post', '/claims/{id}/pre-check', { params: { id } }))} data-testid="claim-precheck">
                {t('cl.preCheck')}
              </Button>
              <Button
                type="primary"
                data-testid="claim-submit"
                onClick={() => run(() => callApi('post', '/claims/{id}/submit', { params: { id }, body: { version: c.version } }))}
              >
                {c.status === 'returned' ? t('cl.resubmit') : t('cl.submit')}
              </Button>
            </Space>
          )}
          {waiting && can('claims.review') && (
            <Space direction="vertical" style={{ width: '100%' }}>
              {c.status === 'submitted' ? (
                <Button onClick={() => run(() => callApi('post', '/claims/{id}/start-review', { params: { id }, body: { version: c.version } }))}>
                  {t('cl.startReview')}
                </Button>
              ) : null}
              <Input.TextArea
                aria-label={t('cl.reason')}
                placeholder={t('cl.reasonRequired')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={2}
              />
              <Space wrap>
                <InputNumber
                  aria-label={t('cl.approvedAmount')}
                  placeholder={t('cl.approvedAmount')}
                  min={0}
                  precision={2}
                  prefix="¥"
                  style={{ width: 200 }}
                  value={approvedYuan}
                  onChange={(v) => setApprovedYuan(v)}
                />
                <Button type="primary" onClick={() => decide('approve')} data-testid="claim-approve">
                  {t('cl.approve')}
                </Button>
                <Button onClick={() => decide('return')} data-testid="claim-return">
                  {t('cl.return')}
                </Button>
                <Button danger onClick={() => decide('reject')}>
                  {t('cl.reject')}
                </Button>
              </Space>
            </Space>
          )}
          {editing ? <ClaimEditModal claim={c} onClose={() => setEditing(false)} /> : null}
          {asking ? (
            <PreauthRequestModal workOrderId={c.workOrderId} workOrderNumber={c.workOrderNumber} estimatedFen={c.amountFen} onClose={() => setAsking(false)} />
          ) : null}
        </Space>
      )}
    </Drawer>
  );
}
