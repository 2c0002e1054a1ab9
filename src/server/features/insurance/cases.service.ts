/**
 * Accident cases: registration, the 定损单 and 追加定损 versions, the insurer's decision (approved lines join the work
 * order as the insurer's), documents, the direct-pay receivable and the insurer's payments. Every write is one
 * transaction with its audit entry; the case row is locked and its version checked.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type {
  AssessmentCreate,
  CaseAction,
  CaseDocuments,
  CaseFiles,
  InsuranceCaseCreate,
  InsuranceCaseDetail,
  InsuranceCaseQuery,
  InsurancePaymentCreate,
  InsuranceWriteOff,
  SupplementDecision,
} from '../../../contracts/insurance.js';
import {
  type InsuranceCaseEvent,
  type InsuranceCaseStatus,
  missingDocuments,
  nextInsuranceCaseStatus,
  CASE_DOCUMENT_ZH,
} from '../../../domain/insurance/status.js';
import { approvedTotalFen, compareWithOrder, directPayBaseFen, directPaySplit, paymentProblem } from '../../../domain/insurance/money.js';
import { localDate } from '../../../domain/time/index.js';
import { AppError, type FieldError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { findApprover, isWithinAuthority, notifyApprover, refusalMessage, refuseApproval } from '../approvals/index.js';
import { attachmentsOf, saveAttachmentsInTx } from '../attachments/index.js';
import { notify } from '../notifications/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { catalogLineOf, workOrderInScope, type AppendedLine, type WorkOrdersApi } from '../work-orders/index.js';
import * as repo from './insurance.repo.js';
import { domainLine, presentAssessments, presentCases } from './insurance.present.js';

/** The work order is repaired and inspected: the case may be completed (完工/验车). */
const INSPECTED = ['ready', 'settled', 'delivered', 'closed'];

export function createCasesService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi }) {
  const { db, now } = deps;
  async function inScope(q: Db | Tx, actor: Actor, id: string, lock = false) {
    const r = await repo.findCase(q, id, lock);
    if (!r) throw notFound('保险案件');
    await visiblePoint(q, actor, r.servicePointId);
    return r;
  }
  async function lockedAt(tx: Tx, actor: Actor, id: string, version: number) {
    const r = await inScope(tx, actor, id, true);
    if (r.version !== version) throw staleVersion();
    return r;
  }
  function transition(r: repo.CaseRow, event: InsuranceCaseEvent): InsuranceCaseStatus {
    const next = nextInsuranceCaseStatus(r.status as InsuranceCaseStatus, event, { directPay: r.directPay });
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
    return next.to;
  }
  const audit = (tx: Tx, actor: Actor, r: repo.CaseRow, action: string, summary: string, after: unknown) =>
    insertAudit(tx, actor, { servicePointId: r.servicePointId, action: `insurance.${action}`, entityType: 'insurance_case', entityId: r.id, summary, after });
  async function save(tx: Tx, r: repo.CaseRow, patch: Partial<repo.CaseRow>) {
    const row = await repo.updateCase(tx, r.id, r.version, patch, now());
    if (!row) throw staleVersion();
    return row;
  }
  /** The order's lines as the comparison and the split see them, and its total (null without an order). */
  async function orderOf(q: Db | Tx, actor: Actor, r: repo.CaseRow) {
    if (!r.workOrderId) return null;
    const [w] = await deps.workOrders.present(q, [await workOrderInScope(q, actor, r.workOrderId)]);
    return w;
  }
  async function detail(q: Db | Tx, actor: Actor, r: repo.CaseRow): Promise<InsuranceCaseDetail> {
    const [c] = await presentCases(q, [r]);
    const assessments = await presentAssessments(q, r.id);
    const lines = (
      await repo.linesOf(
        q,
        assessments.map((a) => a.id),
      )
    ).map(domainLine);
    const order = await orderOf(q, actor, r);
    const salvageFen = assessments.reduce((s, a) => s + a.salvageFen, 0);
    const split = order
      ? {
          orderTotalFen: directPayBaseFen(order.quote.byPayer),
          ...directPaySplit({
            orderTotalFen: directPayBaseFen(order.quote.byPayer),
            approvedFen: approvedTotalFen(lines),
            salvageFen,
            deductibleFen: r.deductibleFen,
          }),
        }
      : null;
    const comparison = order
      ? compareWithOrder(
          lines,
          order.lines.map((l) => ({ refId: l.laborOperationId ?? l.partId ?? l.code, name: l.name, amountFen: l.amountFen })),
        )
      : [];
    const payments = (await repo.paymentsOf(q, r.id)).map((p) => ({
      id: p.id,
      amountFen: p.amountFen,
      receivedOn: p.receivedOn,
      reference: p.reference,
      recordedByName: p.recordedByName,
      createdAt: p.createdAt.toISOString(),
    }));
    const files = (await attachmentsOf(q, 'insurance_case', [r.id])).get(r.id) ?? [];
    return { ...c, assessments, comparison, split, payments, files };
  }
  /** Assessment lines priced at the assessor's figures, named from the catalogs of the case's point. */
  async function assessedLines(tx: Tx, r: repo.CaseRow, input: AssessmentCreate['lines']) {
    const fields: FieldError[] = [];
    const rows: AppendedLine[] = [];
    for (const [i, l] of input.entries()) {
      const line = await catalogLineOf(
        tx,
        r,
        l.kind === 'labor'
          ? { kind: 'labor', laborOperationId: l.laborOperationId, hours: l.qty, rateFen: l.unitPriceFen }
          : { kind: 'parts', partId: l.partId, qty: l.qty, unitPriceFen: l.unitPriceFen },
      );
      if (typeof line === 'string') fields.push({ path: `lines.${i}.${l.kind === 'labor' ? 'laborOperationId' : 'partId'}`, message: line });
      else rows.push(line);
    }
    if (fields.length) throw invalid(fields, '定损项目有误');
    return rows;
  }

  /** Book a write-off; when nothing is left outstanding the case is 已回款. */
  async function applyWriteOff(tx: Tx, actor: Actor, r: repo.CaseRow, amountFen: number, reason: string) {
    const writtenOffFen = r.writtenOffFen + amountFen;
    const row = await save(tx, r, { writtenOffFen, status: r.paidFen + writtenOffFen === r.receivableFen ? transition(r, 'pay_in_full') : r.status });
    await audit(tx, actor, row, 'write-off', `${r.number} 核销应收 ¥${(amountFen / 100).toFixed(2)}`, { amountFen, reason });
    return detail(tx, actor, row);
  }

  return {
    detail,
    async list(actor: Actor, f: InsuranceCaseQuery) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const statuses = f.status
        ?.split(',')
        .flatMap((s) =>
          s === 'open'
            ? ['registered', 'awaiting_assessment', 'assessed', 'in_repair', 'supplement', 'completed', 'documents_submitted', 'paid']
            : s
              ? [s]
              : [],
        );
      return presentCases(db, await repo.listCases(db, { pointIds, statuses, insurerId: f.insurerId, q: f.q }));
    },
    async get(actor: Actor, id: string) {
      return detail(db, actor, await inScope(db, actor, id));
    },
    /** 报案登记: the insurer, policy and report numbers, time and place, single/two-party, the third party's car. */
    async register(actor: Actor, input: InsuranceCaseCreate) {
      return db.transaction(async (tx) => {
        const v = await repo.vehicleOf(tx, input.vehicleId);
        if (!v) throw invalid([{ path: 'vehicleId', message: '车辆不存在' }]);
        const point = await visiblePoint(tx, actor, v.servicePointId);
        const insurer = await repo.findInsurer(tx, input.insurerId);
        if (!insurer || insurer.servicePointId !== point.id || !insurer.isActive) throw invalid([{ path: 'insurerId', message: '保险公司不存在或已停用' }]);
        if (input.assessorId) {
          const a = await repo.findAssessor(tx, input.assessorId);
          if (!a || a.insurerId !== insurer.id) throw invalid([{ path: 'assessorId', message: '定损员不属于该保险公司' }]);
        }
        if (input.coversThirdParty && !input.thirdPartyPlate) throw invalid([{ path: 'thirdPartyPlate', message: '请填写三者车车牌' }]);
        if (new Date(input.accidentAt).getTime() > now().getTime() + 5 * 60_000) throw invalid([{ path: 'accidentAt', message: '出险时间不能晚于现在' }]);
        const at = now();
        const r = await repo.insertCase(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'insuranceCase', at),
          insurerId: insurer.id,
          assessorId: input.assessorId ?? null,
          customerId: v.customerId,
          vehicleId: v.id,
          status: 'registered',
          policyNo: input.policyNo,
          reportNo: input.reportNo,
          accidentAt: new Date(input.accidentAt),
          accidentPlace: input.accidentPlace,
          partyKind: input.partyKind,
          description: input.description,
          coversThirdParty: input.coversThirdParty,
          thirdPartyPlate: input.coversThirdParty ? (input.thirdPartyPlate ?? null) : null,
          thirdPartyOwner: input.coversThirdParty ? (input.thirdPartyOwner ?? null) : null,
          directPay: input.directPay,
          deductibleFen: input.deductibleFen,
          registeredByName: actor.displayName,
        });
        await audit(tx, actor, r, 'register', `${r.number} 报案登记 ${insurer.name} 报案号 ${r.reportNo}`, { insurer: insurer.name, directPay: r.directPay });
        return detail(tx, actor, r);
      });
    },
    /** A status action: 约定损, 开始维修 (links the order), 完工验车, 提交单证 (opens the receivable), 结案, 取消. */
    async act(actor: Actor, id: string, input: CaseAction) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        const event = input.action as InsuranceCaseEvent;
        const status = transition(r, event);
        const patch: Partial<repo.CaseRow> = { status };
        if (event === 'start_repair') {
          if (!input.workOrderId) throw invalid([{ path: 'workOrderId', message: '请选择维修工单' }]);
          const w = await workOrderInScope(tx, actor, input.workOrderId);
          if (w.vehicleId !== r.vehicleId) throw invalid([{ path: 'workOrderId', message: '工单不是本案车辆的工单' }]);
          if (w.status === 'cancelled' || w.status === 'closed') throw invalid([{ path: 'workOrderId', message: '工单已取消或已关闭' }]);
          patch.workOrderId = w.id;
        }
        if (event === 'complete') {
          const w = r.workOrderId ? await workOrderInScope(tx, actor, r.workOrderId) : null;
          if (!w || !INSPECTED.includes(w.status)) throw ruleBroken('工单尚未质检完工,不能完工验车', [], 'ORDER_NOT_INSPECTED');
        }
        if (event === 'submit_documents') {
          const missing = missingDocuments(r.directPay, r.documents);
          if (missing.length)
            throw ruleBroken(
              `单证不齐:${missing.map((d) => CASE_DOCUMENT_ZH[d]).join('、')}`,
              [{ path: 'documents', message: '请先收齐单证' }],
              'DOCUMENTS_MISSING',
            );
          if (r.directPay) {
            const d = await detail(tx, actor, r);
            if (!d.split) throw ruleBroken('案件没有维修工单');
            const point = await visiblePoint(tx, actor, r.servicePointId);
            patch.receivableFen = d.split.insurerFen;
            patch.customerShareFen = d.split.customerFen;
            patch.invoicedOn = localDate(point.timeZone, now());
            // Nothing for the insurer to pay (all deductible or refused): the receivable is settled at once.
            if (d.split.insurerFen === 0) patch.status = 'paid';
          }
        }
        if (event === 'close' || event === 'cancel') patch.closedAt = now();
        const row = await save(tx, r, patch);
        await audit(tx, actor, row, event, `${r.number} ${r.status} → ${row.status}`, patch);
        return detail(tx, actor, row);
      });
    },
    /** 定损单 (first assessment, agreed) or 追加定损 (submitted to the insurer, lines undecided), with photos/PDFs. */
    async assess(actor: Actor, id: string, input: AssessmentCreate) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        const status = transition(r, input.kind === 'initial' ? 'assess' : 'supplement');
        const lines = await assessedLines(tx, r, input.lines);
        const at = now();
        const a = await repo.insertAssessment(tx, {
          caseId: r.id,
          servicePointId: r.servicePointId,
          seq: await repo.nextSeq(tx, r.id),
          kind: input.kind,
          lossObject: input.lossObject,
          assessorName: input.assessorName,
          salvageFen: input.salvageFen,
          note: input.note,
          status: input.kind === 'initial' ? 'decided' : 'submitted',
          recordedByName: actor.displayName,
          recordedAt: at,
          decidedAt: input.kind === 'initial' ? at : null,
        });
        await repo.insertLines(
          tx,
          lines.map((l, i) => ({
            assessmentId: a.id,
            servicePointId: r.servicePointId,
            kind: l.kind,
            laborOperationId: l.laborOperationId,
            partId: l.partId,
            code: l.code,
            name: l.name,
            trade: l.trade,
            qtyMilli: (l.kind === 'labor' ? l.hoursMilli : l.qtyMilli) ?? 0,
            unitPriceFen: (l.kind === 'labor' ? l.rateFen : l.unitPriceFen) ?? 0,
            approved: input.kind === 'initial' ? true : null,
            sortOrder: i,
          })),
        );
        await saveAttachmentsInTx(tx, {
          servicePointId: r.servicePointId,
          ownerType: 'insurance_assessment',
          ownerId: a.id,
          files: input.files,
          userId: actor.userId,
          path: 'files',
        });
        const row = await save(tx, r, { status });
        await audit(
          tx,
          actor,
          row,
          input.kind === 'initial' ? 'assess' : 'supplement',
          `${r.number} ${input.kind === 'initial' ? '定损单' : '追加定损'} 第 ${a.seq} 版`,
          {
            lines: lines.map((l) => `${l.code} ${l.name}`),
            files: input.files.length,
          },
        );
        return detail(tx, actor, row);
      });
    },
    /** The insurer's answer to the open 追加定损: approved lines join the work order as the insurer's lines. */
    async decideSupplement(actor: Actor, id: string, input: SupplementDecision) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        const status = transition(r, 'decide_supplement');
        const open = (await repo.assessmentsOf(tx, [r.id])).filter((a) => a.status === 'submitted').at(-1);
        if (!open) throw new AppError('ILLEGAL_TRANSITION', '没有待保险公司答复的追加定损');
        const lines = await repo.linesOf(tx, [open.id]);
        const byId = new Map(input.decisions.map((d) => [d.lineId, d.approved]));
        const fields: FieldError[] = lines.flatMap((l, i) => (byId.has(l.id) ? [] : [{ path: `decisions.${i}`, message: `请对「${l.name}」选择核准或拒绝` }]));
        input.decisions.forEach((d, i) => {
          if (!lines.some((l) => l.id === d.lineId)) fields.push({ path: `decisions.${i}.lineId`, message: '该项目不属于本次追加定损' });
        });
        if (fields.length) throw invalid(fields);
        for (const l of lines) await repo.setLineApproved(tx, l.id, byId.get(l.id)!);
        await repo.decideAssessment(tx, open.id, now());
        const approved = lines.filter((l) => byId.get(l.id));
        if (approved.length) {
          if (!r.workOrderId) throw ruleBroken('案件没有维修工单');
          const w = await workOrderInScope(tx, actor, r.workOrderId, { lock: true });
          const appended: AppendedLine[] = approved.map((l) => ({
            kind: l.kind as 'labor' | 'parts',
            laborOperationId: l.laborOperationId,
            partId: l.partId,
            code: l.code,
            name: l.name,
            trade: l.trade,
            hoursMilli: l.kind === 'labor' ? l.qtyMilli : null,
            rateFen: l.kind === 'labor' ? l.unitPriceFen : null,
            qtyMilli: l.kind === 'parts' ? l.qtyMilli : null,
            unitPriceFen: l.kind === 'parts' ? l.unitPriceFen : null,
          }));
          await deps.workOrders.appendLinesInTx(
            tx,
            actor,
            w,
            { lines: appended, payer: 'insurance', summary: `追加定损 ${r.number} 第 ${open.seq} 版核准项目` },
            now(),
          );
          if (w.advisorEmployeeId)
            await notify(tx, {
              servicePointId: r.servicePointId,
              recipientEmployeeId: w.advisorEmployeeId,
              title: `追加定损已核准:${w.number}`,
              body: approved.map((l) => l.name).join('、'),
              link: `/work-orders/${w.id}`,
              dedupeKey: `insurance-supplement:${open.id}`,
            });
        }
        const row = await save(tx, r, { status });
        await audit(
          tx,
          actor,
          row,
          'decide-supplement',
          `${r.number} 追加定损第 ${open.seq} 版:核准 ${approved.length} 项,拒绝 ${lines.length - approved.length} 项`,
          {
            approved: approved.map((l) => l.code),
            approvedFen: approvedTotalFen(approved.map(domainLine)),
          },
        );
        return detail(tx, actor, row);
      });
    },
    /** The documents checklist (单证). */
    async setDocuments(actor: Actor, id: string, input: CaseDocuments) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        if (r.status === 'closed' || r.status === 'cancelled') throw new AppError('ILLEGAL_TRANSITION', '案件已结案或取消,不能修改单证');
        const checked = [...new Set(input.checked)];
        const row = await save(tx, r, { documents: checked });
        await audit(tx, actor, row, 'documents', `${r.number} 单证 ${checked.length} 项`, { checked });
        return detail(tx, actor, row);
      });
    },
    /** Photos and scans (PDF) of the case: accident finding, licences, the signed 直赔授权书. */
    async addFiles(actor: Actor, id: string, input: CaseFiles) {
      return db.transaction(async (tx) => {
        const r = await inScope(tx, actor, id, true);
        await saveAttachmentsInTx(tx, {
          servicePointId: r.servicePointId,
          ownerType: 'insurance_case',
          ownerId: r.id,
          files: input.files,
          userId: actor.userId,
          path: 'files',
        });
        await audit(tx, actor, r, 'files', `${r.number} 上传 ${input.files.length} 个文件`, { files: input.files.map((f) => f.fileName) });
        return detail(tx, actor, r);
      });
    },
    /** The insurer's payment: never more than outstanding (a field error); paying it all makes the case 已回款. */
    async pay(actor: Actor, id: string, input: InsurancePaymentCreate) {
      return db.transaction(async (tx) => {
        const r = await inScope(tx, actor, id, true);
        if (r.status !== 'documents_submitted' || r.receivableFen === null) throw new AppError('ILLEGAL_TRANSITION', '只有单证已交的直赔案件可以登记回款');
        const outstanding = r.receivableFen - r.paidFen - r.writtenOffFen;
        const problem = paymentProblem(input.amountFen, outstanding);
        if (problem) throw invalid([{ path: 'amountFen', message: problem }]);
        const point = await visiblePoint(tx, actor, r.servicePointId);
        if (input.receivedOn > localDate(point.timeZone, now())) throw invalid([{ path: 'receivedOn', message: '回款日期不能晚于今天' }]);
        await repo.insertPayment(tx, {
          caseId: r.id,
          insurerId: r.insurerId,
          servicePointId: r.servicePointId,
          amountFen: input.amountFen,
          receivedOn: input.receivedOn,
          reference: input.reference,
          recordedByName: actor.displayName,
        });
        const paidFen = r.paidFen + input.amountFen;
        const row = await save(tx, r, { paidFen, status: paidFen + r.writtenOffFen === r.receivableFen ? transition(r, 'pay_in_full') : r.status });
        await audit(tx, actor, row, 'payment', `${r.number} 保险回款 ¥${(input.amountFen / 100).toFixed(2)}`, {
          amountFen: input.amountFen,
          paidFen,
          reference: input.reference,
        });
        return detail(tx, actor, row);
      });
    },
    /**
     * Write off part of the receivable the insurer will not pay (核损差额): within the requester's authority
     * (insuranceWriteOffFen) it is booked at once; above it, it waits for the approver found up the organization.
     */
    async writeOff(actor: Actor, id: string, input: InsuranceWriteOff) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        if (r.status !== 'documents_submitted' || r.receivableFen === null) throw new AppError('ILLEGAL_TRANSITION', '只有单证已交的直赔案件可以核销应收');
        if (r.writeOffRequestFen !== null) throw new AppError('CONFLICT', '已有待审批的核销申请');
        const problem = paymentProblem(input.amountFen, r.receivableFen - r.paidFen - r.writtenOffFen);
        if (problem) throw invalid([{ path: 'amountFen', message: problem.replace('回款', '核销') }]);
        if (isWithinAuthority(actor, 'insuranceWriteOffFen', input.amountFen)) return applyWriteOff(tx, actor, r, input.amountFen, input.reason);
        const point = await visiblePoint(tx, actor, r.servicePointId);
        const approver = await findApprover(tx, { point, key: 'insuranceWriteOffFen', amount: input.amountFen });
        if (!approver)
          throw ruleBroken(`核销 ¥${(input.amountFen / 100).toFixed(2)} 超出本站所有岗位的审批权限`, [{ path: 'amountFen', message: '金额超出审批权限' }]);
        const row = await save(tx, r, {
          writeOffRequestFen: input.amountFen,
          writeOffReason: input.reason,
          writeOffRequestedBy: actor.userId,
          writeOffRequestedByName: actor.displayName,
          writeOffRequestedAt: now(),
        });
        await notifyApprover(tx, {
          servicePointId: r.servicePointId,
          employeeId: approver.employeeId,
          title: `保险应收核销待审批:${r.number}`,
          body: `¥${(input.amountFen / 100).toFixed(2)} ${input.reason}`,
          dedupeKey: `insurance-write-off:${r.id}:${row.version}`,
        });
        await audit(tx, actor, row, 'write-off-request', `${r.number} 申请核销 ¥${(input.amountFen / 100).toFixed(2)}`, {
          amountFen: input.amountFen,
          reason: input.reason,
        });
        return detail(tx, actor, row);
      });
    },
    /** The approver's decision on a pending write-off (within their authority, never their own request). */
    async decideWriteOff(actor: Actor, id: string, input: { version: number; approve: boolean; note: string }) {
      return db.transaction(async (tx) => {
        const r = await lockedAt(tx, actor, id, input.version);
        if (r.writeOffRequestFen === null) throw new AppError('ILLEGAL_TRANSITION', '没有待审批的核销申请');
        const refusal = refuseApproval(actor, { key: 'insuranceWriteOffFen', amount: r.writeOffRequestFen, requestedBy: r.writeOffRequestedBy });
        if (refusal) throw ruleBroken(refusalMessage(refusal, '应收核销', (n) => `¥${(n / 100).toFixed(2)}`, r.writeOffRequestFen));
        const cleared = { writeOffRequestFen: null, writeOffReason: null, writeOffRequestedBy: null, writeOffRequestedByName: null, writeOffRequestedAt: null };
        if (!input.approve) {
          const row = await save(tx, r, cleared);
          await audit(tx, actor, row, 'write-off-refuse', `${r.number} 驳回核销 ¥${(r.writeOffRequestFen / 100).toFixed(2)}`, { note: input.note });
          return detail(tx, actor, row);
        }
        const applied = await repo.updateCase(tx, r.id, r.version, cleared, now());
        if (!applied) throw staleVersion();
        return applyWriteOff(tx, actor, applied, r.writeOffRequestFen, `${r.writeOffReason ?? ''}(${actor.displayName} 批准)`);
      });
    },
  };
}
export type CasesService = ReturnType<typeof createCasesService>;
