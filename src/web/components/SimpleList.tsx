import type { ReactNode } from 'react';
import { theme, Typography } from 'antd';

/**
 * A plain list of rows (title, description, something on the right) for dashboards. antd's List brings pagination and
 * the select widget with it; the first screen after login stays light without them (issue 14, bench "frontend").
 */
export function SimpleList<T>({
  items,
  render,
  empty,
  maxHeight,
}: {
  items: T[];
  render: (item: T) => { key: string; title: ReactNode; description?: ReactNode; extra?: ReactNode };
  empty?: ReactNode;
  maxHeight?: number;
}) {
  const { token } = theme.useToken();
  if (items.length === 0) return <div style={{ padding: '8px 0' }}>{empty}</div>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight, overflow: maxHeight ? 'auto' : undefined }}>
      {items.map((item, i) => {
        const row = render(item);
        return (
          <li
            key={row.key}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: '8px 0',
              borderTop: i === 0 ? undefined : `1px solid ${token.colorSplit}`,
            }}
          >
            <div style={{ flex: 1, minWidth: 0 }}>
              <div>{row.title}</div>
              {row.description && (
                <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                  {row.description}
                </Typography.Text>
              )}
            </div>
            {row.extra}
          </li>
        );
      })}
    </ul>
  );
}
