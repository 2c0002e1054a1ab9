import { useCallback, useState } from 'react';
import { useSession } from '../../session/SessionContext';
import { PositionDrawer } from './PositionDrawer';
import { PositionFormModal } from './PositionFormModal';
import type { OrgChart } from './useOrgChart';

/** Drawer (job description) + edit/create form for positions, shared by the chart and the table (saves refresh the chart). */
export function usePositionEditor(chart: OrgChart | undefined) {
  const { can } = useSession();
  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<{ mode: 'create' } | { mode: 'edit'; id: string } | null>(null);
  const positions = chart?.positions ?? [];
  const canEdit = can('org.manage');

  const openPosition = useCallback((id: string) => setOpenId(id), []);
  const openCreate = useCallback(() => setForm({ mode: 'create' }), []);
  const openEdit = useCallback((id: string) => setForm({ mode: 'edit', id }), []);

  const editing = form?.mode === 'edit' ? positions.find((p) => p.id === form.id) : undefined;
  const elements = chart ? (
    <>
      <PositionDrawer
        open={openId !== null}
        position={positions.find((p) => p.id === openId)}
        positions={positions}
        canEdit={canEdit}
        onClose={() => setOpenId(null)}
        onEdit={() => openId && openEdit(openId)}
        onOpen={openPosition}
      />
      <PositionFormModal
        open={form !== null}
        position={editing}
        chart={chart}
        onClose={() => setForm(null)}
        onSaved={(p) => {
          setForm(null);
          if (form?.mode === 'create') setOpenId(p.id);
        }}
        onStale={() => setForm(null)}
      />
    </>
  ) : null;

  return { openId, openPosition, openCreate, openEdit, canEdit, elements };
}
