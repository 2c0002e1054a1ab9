import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isConflict, useReportError } from '../../lib/errors';

export type Run = (fn: () => Promise<unknown>, o?: { form?: FormInstance; success?: string | (() => string) }) => Promise<boolean>;

/**
 * Runs a change and then `refresh`. A 409 (someone else saved first) says so and refreshes too;
 * other errors go onto the form's fields, the rest into a message. Resolves true when the form is
 * done with: saved, or stale (the data under it was reloaded, so the user starts again from fresh data).
 */
export function useRun(refresh: () => void): Run {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  return useCallback<Run>(
    async (fn, o = {}) => {
      try {
        await fn();
        message.success((typeof o.success === 'function' ? o.success() : o.success) ?? t('common.saved'));
        refresh();
        return true;
      } catch (e) {
        if (isConflict(e)) {
          message.error(t('common.staleVersion'));
          refresh();
          return true;
        }
        report(e, o.form);
        return false;
      }
    },
    [message, t, refresh, report],
  );
}
