/** The workshop side of work-order actions: jobs on confirm, cancelled with the order, reopened on a failed QC. */
import type { WorkOrderHook } from '../work-orders/index.js';
import { insertAudit } from '../audit/index.js';
import type { BoardEvents } from './board-events.js';
import { insertJobs, laborLinesOf, setOrderJobsStatus } from './workshop.repo.js';

/** A WorkOrderHook (runs in the work order's transaction); every action also refreshes the point's board. */
export function createWorkshopHook(deps: { now: () => Date; events: BoardEvents }): WorkOrderHook {
  return async (tx, order, action, actor, facts) => {
    const at = deps.now();
    if (action === 'confirm' || action === 'lines_added') {
      // One job per labor line (on confirmation, and for lines an approved 增项 added); standard minutes from the sold hours (标准工时).
      // A line that has its job already is skipped by insertJobs.
      // The lines the confirmation read already, else this order's labor lines.
      const lines = facts?.lines ? facts.lines.filter((l) => l.kind === 'labor') : await laborLinesOf(tx, order.id);
      if (lines.length) {
        const rows = await insertJobs(
          tx,
          lines.map((l) => ({
            servicePointId: order.servicePointId,
            workOrderId: order.id,
            workOrderLineId: l.id,
            trade: l.trade ?? 'mechanical',
            standardMinutes: Math.round(((l.hoursMilli ?? 0) * 60) / 1000),
            status: 'pending',
          })),
        );
        if (rows.length)
          await insertAudit(tx, actor, {
            servicePointId: order.servicePointId,
            action: 'workshop-job.create',
            entityType: 'work_order',
            entityId: order.id,
            summary: `${order.number} 生成 ${rows.length} 项作业`,
            after: rows,
          });
      }
    }
    if (action === 'cancel') {
      const rows = await setOrderJobsStatus(tx, order.id, ['pending'], { status: 'cancelled' }, at);
      if (rows.length)
        await insertAudit(tx, actor, {
          servicePointId: order.servicePointId,
          action: 'workshop-job.cancel',
          entityType: 'work_order',
          entityId: order.id,
          summary: `${order.number} 取消 ${rows.length} 项作业`,
        });
    }
    if (action === 'qc_fail') {
      // Rework (返工): the same technicians redo their jobs.
      const rows = await setOrderJobsStatus(tx, order.id, ['finished'], { status: 'rework', finishedAt: null }, at);
      await insertAudit(tx, actor, {
        servicePointId: order.servicePointId,
        action: 'workshop-job.rework',
        entityType: 'work_order',
        entityId: order.id,
        summary: `${order.number} 返工 ${rows.length} 项作业`,
      });
    }
    await deps.events.publish(tx, order.servicePointId);
  };
}
