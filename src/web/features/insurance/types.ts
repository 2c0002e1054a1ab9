/** Insurance cases and loaners as the API serves them. */
import type { Answer, BodyOf } from '../../api/paths';

export type InsuranceCase = Answer<'/insurance-cases'>['items'][number];
export type CaseDetail = Answer<'/insurance-cases/{id}'>;
export type Assessment = CaseDetail['assessments'][number];
export type Insurer = Answer<'/insurers'>['items'][number];
export type Loaner = Answer<'/loaners'>['items'][number];
export type LoanerBooking = Answer<'/loaner-bookings'>['items'][number];
export type Receivables = Answer<'/insurance/receivables'>;

export const CASE_STATUSES = [
  'registered',
  'awaiting_assessment',
  'assessed',
  'in_repair',
  'supplement',
  'completed',
  'documents_submitted',
  'paid',
  'closed',
  'cancelled',
] as const;
export const CASE_DOCUMENTS = [
  'invoice',
  'settlement_list',
  'assessment',
  'accident_finding',
  'owner_id',
  'driving_licence',
  'vehicle_licence',
  'direct_pay_authorization',
] as const;

/** A file picked in the browser as the API's upload shape (base64 with its data: prefix). */
export const fileToUpload = (file: File) =>
  new Promise<{ fileName: string; contentBase64: string }>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve({ fileName: file.name, contentBase64: String(r.result) });
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
export type CaseActionName = BodyOf<'post', '/insurance-cases/{id}/actions'>['action'];
