import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../../layout/LangSwitch';

/** The customer-facing frame: no staff menu, narrow column, works on a phone. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #eef4ff 0%, #f7f9fc 240px)' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '10px 16px', maxWidth: 720, margin: '0 auto' }}>
        <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden>
          <rect width="32" height="32" rx="6" fill="#1668dc" />
          <path d="M9 21l7-12 7 12z" fill="#fff" />
        </svg>
        <Link to="/feedback" style={{ color: 'inherit' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('feedback.brand')}
          </Typography.Text>
        </Link>
        <div style={{ flex: 1 }} />
        <LangSwitch />
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: '0 12px 32px' }}>{children}</main>
    </div>
  );
}

/** A result page's title as the page's level-one heading (antd's Result draws its title as a plain div). */
export function ResultTitle({ children }: { children: ReactNode }) {
  return <h1 style={{ fontSize: 24, margin: 0, fontWeight: 400, lineHeight: 1.33, color: 'rgba(0, 0, 0, 0.88)' }}>{children}</h1>;
}
