import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { CheckCircleFilled, ClearOutlined, EditOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import type { WoCtx } from './useWorkOrder';
import { formatDateTime } from '../../../lib/time';

const HEIGHT = 200;

/** A canvas the customer signs on with a finger, pen or mouse (pointer events), exported as PNG. */
export function Pad({ onSave, busy }: { onSave: (png: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [hasInk, setHasInk] = useState(false);

  useEffect(() => {
    const c = ref.current!;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    c.width = c.clientWidth * ratio;
    c.height = HEIGHT * ratio;
    const ctx = c.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#141414';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const ctx = e.currentTarget.getContext('2d')!;
    const [x, y] = point(e);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d')!;
    const [x, y] = point(e);
    ctx.lineTo(x, y);
    ctx.stroke();
    setHasInk(true);
  };
  const up = () => {
    drawing.current = false;
  };
  const clear = () => {
    const c = ref.current!;
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
    setHasInk(false);
  };

  return (
    <div>
      <canvas
        ref={ref}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
        style={{
          width: '100%',
          maxWidth: 640,
          height: HEIGHT,
          border: '1px dashed #bfbfbf',
          borderRadius: 6,
          background: '#fff',
          touchAction: 'none',
          cursor: 'crosshair',
          display: 'block',
        }}
        aria-label={t('wo.signHere')}
        data-testid="signature-canvas"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('wo.signHere')}
      </Typography.Text>
      <Space style={{ display: 'flex', marginTop: 8 }}>
        <Button icon={<ClearOutlined />} onClick={clear} disabled={!hasInk}>
          {t('wo.clearSignature')}
        </Button>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          disabled={!hasInk}
          loading={busy}
          onClick={() => onSave(ref.current!.toDataURL('image/png'))}
          data-testid="signature-save"
        >
          {t('wo.saveSignature')}
        </Button>
      </Space>
    </div>
  );
}

/** 客户签字: the customer confirms the lines and the quote; the saved state shows when, re-signing is possible in draft. */
export function SignaturePanel({ wo, run, canEdit }: WoCtx) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [resign, setResign] = useState(false);
  const canSign = canEdit && wo.status === 'draft';
  const save = async (signature: string) => {
    setBusy(true);
    const r = await run(() => callApi('post', '/work-orders/{id}/signature', { params: { id: wo.id }, body: { version: wo.version, signature } }), {
      success: t('wo.signatureSaved'),
    });
    setBusy(false);
    if (r) setResign(false);
  };

  return (
    <div data-testid="wo-signature">
      {wo.isSigned ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleFilled />}
          style={{ marginBottom: 12 }}
          data-testid="signature-state"
          title={t('wo.signedAt', { time: wo.signedAt ? formatDateTime(wo.signedAt) : '—' })}
          action={
            canSign && !resign ? (
              <Button size="small" icon={<EditOutlined />} onClick={() => setResign(true)}>
                {t('wo.resign')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Alert
          type={canSign ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={canSign ? t('wo.signIntro', { amount: (wo.quote.customerPayableFen / 100).toFixed(2) }) : t('wo.notSigned')}
        />
      )}
      {canSign && (!wo.isSigned || resign) && <Pad onSave={(png) => void save(png)} busy={busy} />}
    </div>
  );
}
