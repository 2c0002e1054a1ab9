/** Quality inspection (质检): pass → ready with a numbered 竣工出厂合格证 where required; fail → rework (返工). */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { CERTIFICATE_CATEGORIES } from '../../../domain/dispatch/qc.js';
import { WORK_ORDER_STATUS_LABELS } from '../../../domain/work-orders/labels.js';
import type { WorkOrderStatus } from '../../../domain/work-orders/status.js';
import { judgeChecklist, type QcItemResult } from '../../../domain/qc/checklist.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow, type WorkOrdersApi } from '../work-orders/index.js';
import * as repo from './workshop.repo.js';
import { orderChecklist } from './qc-checklist.service.js';

/** QC of work orders waiting in 待质检; the work order moves through the work-order service in the same transaction. */
export function createQcService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi }) {
  const { db, now, workOrders } = deps;
  return {
    async inspect(
      actor: Actor,
      workOrderId: string,
      input: { version: number; passed: boolean; roadTested: boolean; notes: string; checklist?: QcItemResult[]; mileageOut?: number },
    ) {
      return db.transaction(async (tx) => {
        const order = await getWorkOrderRow(tx, workOrderId, { lock: true });
        if (!order) throw notFound('工单');
        const point = await visiblePoint(tx, actor, order.servicePointId);
        if (order.version !== input.version) throw staleVersion();
        if (order.status !== 'qc')
          throw new AppError('ILLEGAL_TRANSITION', `工单状态为「${WORK_ORDER_STATUS_LABELS[order.status as WorkOrderStatus].zh}」,不在待质检状态`);
        const needsCertificate = CERTIFICATE_CATEGORIES.includes(order.repairCategory);
        // The checklist, when answered (the QC page always does): every item once, a note per fail, a verdict that agrees.
        const checklist = input.checklist ?? [];
        let notes = input.notes;
        if (input.checklist) {
          const { items } = await orderChecklist(tx, order);
          const { errors, failed } = judgeChecklist(items, checklist, input.passed);
          if (errors.length) throw invalid(errors, errors[0].message);
          if (!input.passed && !notes) notes = failed.map((f) => `${f.item}:${f.note}`).join(';');
        }
        if (!input.passed && !notes) throw ruleBroken('返工须填写不合格原因', [{ path: 'notes', message: '请填写不合格原因' }]);
        if (input.mileageOut !== undefined && input.mileageOut < order.mileageIn)
          throw invalid([{ path: 'mileageOut', message: `出厂里程不能小于进厂里程 ${order.mileageIn} km` }]);
        if (input.passed && needsCertificate && !input.roadTested) {
          throw ruleBroken(
            '二级维护、总成修理、整车修理须经路试检验合格后方可出具竣工出厂合格证',
            [{ path: 'roadTested', message: '须路试' }],
            'ROAD_TEST_REQUIRED',
          );
        }
        const at = now();
        let certificateNo: string | null = null;
        if (input.passed && needsCertificate) {
          certificateNo = await nextDocumentNumber(tx, point, 'qcCertificate', at);
        }
        const row = await repo.insertInspection(tx, {
          servicePointId: point.id,
          workOrderId: order.id,
          inspectorEmployeeId: actor.employeeId,
          inspectorName: actor.displayName,
          isPassed: input.passed,
          isRoadTested: input.roadTested,
          notes,
          certificateNo,
          checklist,
          mileageOut: input.mileageOut ?? null,
          at,
        });
        const [workOrder] = await workOrders.present(tx, [await workOrders.actInTx(tx, actor, order, input.passed ? 'qc_pass' : 'qc_fail', notes)]);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: input.passed ? 'qc.pass' : 'qc.fail',
          entityType: 'work_order',
          entityId: order.id,
          summary: `${order.number} 质检${input.passed ? '合格' : '不合格,返工'}${certificateNo ? ` 合格证 ${certificateNo}` : ''}`,
          after: row,
        });
        const inspection = {
          id: row.id,
          workOrderId: row.workOrderId,
          inspectorName: row.inspectorName,
          isPassed: row.isPassed,
          isRoadTested: row.isRoadTested,
          notes: row.notes,
          certificateNo: row.certificateNo,
          checklist: row.checklist,
          mileageOut: row.mileageOut,
          at: row.at.toISOString(),
        };
        return { inspection, workOrder };
      });
    },
  };
}
export type QcService = ReturnType<typeof createQcService>;
