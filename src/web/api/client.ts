/** Thin fetch wrapper for the /api REST endpoints: JSON in/out, session cookie, one error type (typed by path in query.ts). */

export interface FieldError {
  path: string;
  message: string;
}

/** An error answered by the server (or the network), carrying the envelope `{"error":{code,message,fields}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat 401 as "session expired" (the login call itself). */
  allowUnauthorized?: boolean;
}

/** Pages anyone may open without logging in (the login itself, the customer's feedback pages). */
export const isPublicPath = (pathname: string) => pathname.startsWith('/login') || pathname === '/feedback' || pathname.startsWith('/feedback/');

let unauthorizedHandler: () => void = () => {
  if (!isPublicPath(window.location.pathname)) window.location.assign('/login');
};

/** The app replaces the default hard redirect with a router navigation. */
export function setUnauthorizedHandler(fn: () => void) {
  unauthorizedHandler = fn;
}

/** Builds `/api/...?...`, leaving out empty query values. */
export function apiUrl(path: string, query?: Query): string {
  const url = '/api' + (path.startsWith('/') ? path : '/' + path);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function toApiError(res: Response): Promise<ApiError> {
  let code = 'HTTP_' + res.status;
  let message = res.statusText || `HTTP ${res.status}`;
  let fields: FieldError[] = [];
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; fields?: FieldError[] } };
    if (data?.error) {
      code = data.error.code ?? code;
      message = data.error.message ?? message;
      fields = Array.isArray(data.error.fields) ? data.error.fields : [];
    }
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(res.status, code, message, fields);
}

/** Sends a request and returns the parsed JSON body (undefined for 204). */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: opts.body === undefined ? undefined : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', (e as Error).message || 'Network error');
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !opts.allowUnauthorized) unauthorizedHandler();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Multipart uploads (.xlsx imports). JSON calls go through the path-typed callApi / useApiQuery of query.ts. */
export const api = {
  upload: <T>(path: string, form: FormData) => request<T>(path, { method: 'POST', body: form }),
};

/** Downloads a server file (xlsx export, template) through fetch so errors can be shown. */
export async function downloadFile(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
  const res = await fetch(apiUrl(path, query), { credentials: 'same-origin' });
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401) unauthorizedHandler();
    throw err;
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  saveBlob(blob, name);
}

/** Triggers a browser download of a blob. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
