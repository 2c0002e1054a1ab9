/** The one error type. Services throw it; the HTTP layer maps `code` to a status through STATUS. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STALE_VERSION'
  | 'ILLEGAL_TRANSITION'
  | 'BUSINESS_RULE'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

export const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  ILLEGAL_TRANSITION: 409,
  BUSINESS_RULE: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** A finer, stable code for clients (e.g. 'VIN_CHECK_DIGIT'); defaults to `code`. */
    readonly detailCode?: string,
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.code];
  }
  toBody() {
    return {
      error: {
        code: this.detailCode ?? this.code,
        message: this.message,
        ...(this.fields.length ? { fields: this.fields } : {}),
      },
    };
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (msg = '没有执行此操作的权限') => new AppError('FORBIDDEN', msg);
export const staleVersion = () => new AppError('STALE_VERSION', '该记录已被他人修改,请刷新后重试(版本号已过期)');
export const invalid = (fields: FieldError[], message = '输入有误,请检查标出的字段') => new AppError('VALIDATION', message, fields);
export const ruleBroken = (message: string, fields: FieldError[] = [], detailCode?: string) => new AppError('BUSINESS_RULE', message, fields, detailCode);
