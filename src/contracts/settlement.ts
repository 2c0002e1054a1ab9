/** Settlement (结算) API shapes: the settlement sheet, discount approval and payment. */
import { z } from '@hono/zod-openapi';
import { ON_ACCOUNT_PAYERS } from '../domain/release/index.js';
import { Version } from './common.js';

export const PAYMENT_METHODS = ['cash', 'bank-card', 'wechat', 'alipay', 'transfer', 'member-card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** on_account: put on account (挂账) instead of paid; the car may leave like a settled one. */
export const SETTLEMENT_STATUSES = ['pending_approval', 'approved', 'settled', 'on_account', 'rejected'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

export const Settlement = z
  .object({
    id: z.string(),
    workOrderId: z.string(),
    number: z.string(),
    status: z.enum(SETTLEMENT_STATUSES),
    grossFen: z.number(),
    discountFen: z.number(),
    discountPct: z.number(),
    payableFen: z.number(),
    payments: z.array(
      z.object({
        method: z.string(),
        amountFen: z.number(),
        /** Paid from this member card (储值), with its balance after the payment. */
        cardId: z.string().optional(),
        cardNumber: z.string().optional(),
        balanceAfterFen: z.number().optional(),
      }),
    ),
    /** The customer's member card whose level discount applies, and that discount (no approval needed). */
    memberCardId: z.string().nullable(),
    memberDiscountFen: z.number(),
    invoiceNo: z.string(),
    approvedByName: z.string().nullable(),
    cashierName: z.string().nullable(),
    settledAt: z.string().nullable(),
    onAccount: z.object({ payer: z.enum(ON_ACCOUNT_PAYERS), accountName: z.string(), byName: z.string() }).nullable(),
    /** Parts lines billed at another quantity than planned: what was issued less what came back (领料 − 退料). */
    billedParts: z.array(z.object({ workOrderLineId: z.string(), code: z.string(), name: z.string(), plannedQty: z.number(), billedQty: z.number() })),
    /**
     * Direct-pay (直赔) accident case: grossFen is the customer's part (deductible, refused items); the insurer's share
     * goes on its account (the case's receivable) and the salvage stays with the store.
     */
    directPay: z.object({ insuranceCaseId: z.string(), insurerName: z.string(), insurerShareFen: z.number(), salvageFen: z.number() }).nullable(),
    version: z.number(),
  })
  .openapi('Settlement');
export type Settlement = z.infer<typeof Settlement>;

/** Open a settlement, with an optional discount on the customer's part (within authority, else for approval). */
export const SettlementOpen = z
  .object({ discountFen: z.number().int('金额以分为单位').min(0).default(0), reason: z.string().trim().max(300).default('') })
  .openapi('SettlementOpen');
export type SettlementOpen = z.infer<typeof SettlementOpen>;
export const SettlementDecision = z
  .object({ version: Version, approve: z.boolean(), note: z.string().trim().max(300).default('') })
  .openapi('SettlementDecision');
export type SettlementDecision = z.infer<typeof SettlementDecision>;
export const SettlementPayment = z
  .object({
    version: Version,
    payments: z
      .array(
        z.object({
          method: z.enum(PAYMENT_METHODS, { message: '未知的付款方式' }),
          amountFen: z.int32().min(1),
          /** For 'member-card': the card (default: the customer's card). */
          cardId: z.uuid({ message: '无效的会员卡' }).optional(),
        }),
      )
      .max(5),
    invoiceNo: z.string().trim().max(40).default(''),
  })
  .openapi('SettlementPayment');
export type SettlementPayment = z.infer<typeof SettlementPayment>;

/** 挂账: the customer's part is carried by a fleet customer, the insurer or the manufacturer (needs settlement.on_account). */
export const SettlementOnAccount = z
  .object({
    version: Version,
    payer: z.enum(ON_ACCOUNT_PAYERS, { message: '请选择挂账单位类型' }),
    accountName: z.string({ message: '请填写挂账单位' }).trim().min(2, '请填写挂账单位').max(80),
    note: z.string().trim().max(300).default(''),
  })
  .openapi('SettlementOnAccount');
export type SettlementOnAccount = z.infer<typeof SettlementOnAccount>;
