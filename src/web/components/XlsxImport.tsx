import { useState } from 'react';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, isApiError, type FieldError } from '../api/client';
import { useInvalidate } from '../api/query';
import { useSession } from '../session/SessionContext';

export interface RowError {
  key: number;
  row: string;
  column: string;
  message: string;
}

/** 'rows.5.phone' -> row 5, column phone; anything else is shown as it is. */
export function toRowError(f: FieldError, i: number): RowError {
  const m = /^rows\.(\d+)(?:\.(.+))?$/.exec(f.path);
  return { key: i, row: m ? m[1] : '', column: m ? (m[2] ?? '') : f.path, message: f.message };
}

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  /** The upload endpoint, e.g. '/employees/import' (the current service point is added). */
  url: string;
  /**
   * The dictionary section with the texts: {ns}.import, .imported, .importFailedTitle, .importNothing,
   * .importRow, .importColumn, .importMessage and {ns}.columns.<column>.
   */
  ns: 'employees' | 'catalog' | 'fld';
  testId: string;
  errorsTestId: string;
  /** Cached lists (path prefixes) that the imported rows change. */
  invalidate: string[];
  columnWidth?: number;
}

/** 导入 of an .xlsx: every row goes in or none; the rows with problems are listed by row and column. */
export function XlsxImport({ url, ns, testId, errorsTestId, invalidate, columnWidth = 140 }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pointId } = useSession();
  const refresh = useInvalidate(...invalidate);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ message: string; rows: RowError[] } | null>(null);

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const r = await api.upload<{ imported: number }>(`${url}${pointId ? `?servicePointId=${encodeURIComponent(pointId)}` : ''}`, form);
      message.success(t(`${ns}.imported`, { count: r.imported }));
      refresh();
    } catch (e) {
      if (isApiError(e) && (e.status === 400 || e.status === 422) && e.fields.length > 0) setErrors({ message: e.message, rows: e.fields.map(toRowError) });
      else message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept={XLSX}
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={testId}>
          {t(`${ns}.import`)}
        </Button>
      </Upload>
      <Modal
        open={errors !== null}
        title={t(`${ns}.importFailedTitle`)}
        onCancel={() => setErrors(null)}
        footer={
          <Button type="primary" onClick={() => setErrors(null)}>
            {t('common.ok')}
          </Button>
        }
        width={720}
      >
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t(`${ns}.importNothing`)} description={errors?.message} />
        <Table<RowError>
          size="small"
          rowKey="key"
          dataSource={errors?.rows ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid={errorsTestId}
          columns={[
            { title: t(`${ns}.importRow`), dataIndex: 'row', width: 80 },
            { title: t(`${ns}.importColumn`), dataIndex: 'column', width: columnWidth, render: (c: string) => t(`${ns}.columns.${c}`, { defaultValue: c }) },
            { title: t(`${ns}.importMessage`), dataIndex: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}
