import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { Skeleton, theme } from 'antd';

/**
 * A small dashboard card that looks like antd's `<Card size="small">` without bringing its tab strip into the first
 * screen (issue 14, bench "frontend"). A card with `onClick` is a link-like button: focusable, Enter/Space open it.
 */
export function DashCard({
  title,
  extra,
  loading,
  onClick,
  bodyStyle,
  children,
  'data-testid': testId,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  loading?: boolean;
  onClick?: () => void;
  bodyStyle?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}) {
  const { token } = theme.useToken();
  const clickable = !!onClick;
  const onKeyDown = (e: KeyboardEvent) => {
    if (onClick && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onClick();
    }
  };
  const style: CSSProperties = {
    background: token.colorBgContainer,
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadiusLG,
    cursor: clickable ? 'pointer' : undefined,
    height: '100%',
  };
  const inner = (
    <>
      {(title || extra) && (
        <header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            minHeight: 38,
            padding: '0 12px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            fontWeight: token.fontWeightStrong,
          }}
        >
          <h2 style={{ flex: 1, margin: 0, fontSize: token.fontSize, fontWeight: 'inherit' }}>{title}</h2>
          {extra}
        </header>
      )}
      <div style={{ padding: 12, ...bodyStyle }}>{loading ? <Skeleton active paragraph={{ rows: 1 }} title={false} /> : children}</div>
    </>
  );
  return clickable ? (
    // biome-ignore lint/a11y/useSemanticElements: the card holds block content (a statistic, a header), which a <button> may not
    <div data-testid={testId} className="dash-card dash-card-clickable" role="button" tabIndex={0} onClick={onClick} onKeyDown={onKeyDown} style={style}>
      {inner}
    </div>
  ) : (
    <section data-testid={testId} className="dash-card" style={style}>
      {inner}
    </section>
  );
}
