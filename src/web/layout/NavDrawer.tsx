import type { ReactNode } from 'react';
import { Drawer } from 'antd';

/**
 * The menu in a drawer on a phone. Loaded only on a narrow screen (AppLayout lazy-loads it), so the desktop's first
 * screen does not carry antd's drawer (issue 14, bench "frontend").
 */
export function NavDrawer({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      size={260}
      title={title}
      styles={{ body: { padding: 0, background: '#001529' }, header: { padding: '8px 12px' } }}
      data-testid="nav-drawer"
    >
      {children}
    </Drawer>
  );
}
