import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../api/client';
import { isConflict, useReportError } from '../../lib/errors';

export interface WoRunOptions {
  form?: FormInstance;
  success?: string | false;
  /** Handles an error itself (e.g. DELIVERY_BY_OTHER asks for a reason); return true when handled. */
  onError?: (e: ApiError) => boolean;
}
export type WoRun = <T>(fn: () => Promise<T>, o?: WoRunOptions) => Promise<T | undefined>;

/**
 * Runs a change of a work order, settlement or follow-up and hands the result to `done`.
 * 409 ILLEGAL_TRANSITION (or CONFLICT) shows the server's reason; a stale version says so and reloads;
 * 422/400 put their field messages on the form. Resolves the result, or undefined when it failed.
 */
export function useWoRun(done: (result: unknown) => void, reload: () => void): WoRun {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  return useCallback(
    async (fn, o = {}) => {
      try {
        const r = await fn();
        if (o.success !== false) message.success(o.success ?? t('common.saved'));
        done(r);
        return r;
      } catch (e) {
        if (isApiError(e) && o.onError?.(e)) return undefined;
        if (isApiError(e) && e.status === 409 && (e.code === 'ILLEGAL_TRANSITION' || e.code === 'CONFLICT')) {
          message.error(e.message);
          reload();
        } else if (isConflict(e)) {
          message.error(t('common.staleVersion'));
          reload();
        } else {
          report(e, o.form);
        }
        return undefined;
      }
    },
    [message, t, done, reload, report],
  );
}
