import { useCallback, useEffect, useRef, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplyOptions } from '../api/form-errors';
import { invalidateApi } from '../api/query';
import { isConflict, useReportError } from '../lib/errors';

export interface ErrorContext<V, R> {
  form: FormInstance<V>;
  values: V;
  /** Submits `fn` through the same path (busy, success message, error handling), e.g. after a confirmation. */
  retry: (fn: () => Promise<R>) => Promise<void>;
}

export interface FormSubmitOptions<V, R> {
  form: FormInstance<V>;
  open: boolean;
  /** Put into the form each time it opens (memoize it: a new object while open resets the form). */
  initialValues?: Partial<V>;
  /** Sends the validated values. */
  submit: (values: V) => Promise<R>;
  onSaved: (result: R) => void;
  /**
   * A 409 stale version (someone else saved first): "已被他人修改" and then this, usually close and reload.
   * Without it a 409 is reported like any other error.
   */
  onStale?: () => void;
  /** Server field paths → form fields, for the field errors of a 400/422. */
  rename?: ApplyOptions['rename'];
  /** Cached GETs (path prefixes) to refresh after a save or a stale answer. */
  invalidate?: string[];
  /** The success message (default 已保存); false for none. */
  success?: string | false | ((result: R) => string);
  /** Handles an error itself (return true), e.g. a confirmation and `retry` with an override. */
  onError?: (e: unknown, ctx: ErrorContext<V, R>) => boolean;
}

/**
 * The edit-form cycle shared by the drawers and modals: reset on open, validate, submit, say 已保存 and refresh the
 * affected lists, 409 → "已被他人修改,请刷新后重试", server field errors onto the form fields.
 */
export function useFormSubmit<V, R>(o: FormSubmitOptions<V, R>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const { form, open, initialValues } = o;
  const latest = useRef(o);
  latest.current = o;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, initialValues, form]);

  const run = useCallback(
    async (fn: () => Promise<R>, values: V): Promise<void> => {
      const cur = latest.current;
      const refresh = () => {
        if (cur.invalidate?.length) void invalidateApi(client, cur.invalidate);
      };
      setBusy(true);
      try {
        const result = await fn();
        const text = typeof cur.success === 'function' ? cur.success(result) : (cur.success ?? t('common.saved'));
        if (text !== false) message.success(text);
        refresh();
        cur.onSaved(result);
      } catch (e) {
        if (cur.onError?.(e, { form: cur.form, values, retry: (next) => run(next, values) })) return;
        if (cur.onStale && isConflict(e)) {
          message.error(t('common.staleVersion'));
          refresh();
          cur.onStale();
        } else {
          report(e, cur.form, { rename: cur.rename });
        }
      } finally {
        setBusy(false);
      }
    },
    [client, message, report, t],
  );

  const submit = useCallback(async () => {
    const values = await latest.current.form.validateFields().catch(() => null);
    if (values) await run(() => latest.current.submit(values), values);
  }, [run]);

  return { busy, submit };
}
