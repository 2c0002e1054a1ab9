import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { applyFieldErrors, type ApplyOptions } from '../api/form-errors';
import { isApiError } from '../api/client';

/** Shows a server error: field messages on the form's fields, the rest in a toast. */
export function useReportError() {
  const { message } = App.useApp();
  return useCallback(
    (e: unknown, form?: FormInstance, opts?: ApplyOptions) => {
      const rest = form ? applyFieldErrors(form, e, opts) : isApiError(e) ? e.fields : [];
      const first = form?.getFieldsError().find((f) => f.errors.length > 0);
      if (form && first) form.scrollToField(first.name, { block: 'center', behavior: 'smooth' });
      const text = (e as Error)?.message || String(e);
      const extra = rest.map((f) => `${f.path}: ${f.message}`).join('; ');
      message.error(extra ? `${text} (${extra})` : text);
    },
    [message],
  );
}

/** A stale `version` (someone else saved first): the caller says so and reloads. */
export const isConflict = (e: unknown) => isApiError(e) && e.status === 409 && (e.code === 'STALE_VERSION' || e.fields.length === 0);
