/** 挂账: the customer's part is carried by a fleet customer, the insurer or the manufacturer; the order is settled unpaid. */
import type { Db } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { ON_ACCOUNT_PAYER_LABELS, onAccountRefusal } from '../../../domain/release/index.js';
import type { WorkOrderType } from '../../../domain/work-orders/status.js';
import type { Settlement, SettlementOnAccount } from '../../../contracts/settlement.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow, type WorkOrdersApi } from '../work-orders/index.js';
import { yuan } from '../../lib/text.js';
import { billMoved, billOfOrder } from './bill.js';
import * as repo from './settlement.repo.js';
import { billChanged, presentSettlement } from './settlement.service.js';

export function createOnAccountService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi }) {
  const { db, now, workOrders } = deps;
  return {
    /** Only a holder of settlement.on_account, for the payer the order allows; the work order becomes settled. */
    async putOnAccount(actor: Actor, id: string, input: SettlementOnAccount): Promise<Settlement> {
      if (!can(actor, 'settlement.on_account')) throw forbidden('挂账须由有挂账权限的人员(服务经理、财务主管)办理');
      return db.transaction(async (tx) => {
        const s = await repo.lockSettlement(tx, id);
        if (!s) throw notFound('结算单');
        await visiblePoint(tx, actor, s.servicePointId);
        if (s.status !== 'approved')
          throw new AppError('ILLEGAL_TRANSITION', s.status === 'pending_approval' ? '优惠尚待审批,暂不能挂账' : '该结算单已收款、已挂账或被驳回');
        const w = (await getWorkOrderRow(tx, s.workOrderId, { lock: true }))!;
        const refusal = onAccountRefusal({ payer: input.payer, customerKind: await repo.customerKindOf(tx, w.customerId), orderType: w.type as WorkOrderType });
        if (refusal) throw new AppError('BUSINESS_RULE', refusal, [{ path: 'payer', message: refusal }], 'ON_ACCOUNT_NOT_ALLOWED');
        if (s.insuranceCaseId && input.payer === 'insurer') {
          const why = `直赔案件中保险公司的部分(${yuan(s.insurerShareFen)})已挂${s.insurerName}账;客户自付部分(免赔额、拒赔项目)须在收银台结清`;
          throw new AppError('BUSINESS_RULE', why, [{ path: 'payer', message: why }], 'ON_ACCOUNT_NOT_ALLOWED');
        }
        if (billMoved(await billOfOrder(tx, workOrders, w), s)) throw billChanged();
        const at = now();
        const row = await repo.updateSettlement(
          tx,
          id,
          input.version,
          {
            status: 'on_account',
            onAccountPayer: input.payer,
            onAccountName: input.accountName,
            onAccountByName: actor.displayName,
            cashierName: actor.displayName,
            settledAt: at,
          },
          at,
        );
        if (!row) throw staleVersion();
        await workOrders.actInTx(tx, actor, w, 'settle', `挂账:${input.accountName}`);
        await insertAudit(tx, actor, {
          servicePointId: s.servicePointId,
          action: 'settlement.on-account',
          entityType: 'settlement',
          entityId: id,
          summary: `${s.number} 挂账 ${yuan(s.payableFen)} → ${ON_ACCOUNT_PAYER_LABELS[input.payer].zh} ${input.accountName} ${input.note}`.trim(),
          before: s,
          after: row,
        });
        return presentSettlement(row);
      });
    },
  };
}
export type OnAccountService = ReturnType<typeof createOnAccountService>;
