import { useState } from 'react';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, isApiError, type FieldError } from '../../api/client';
import { useSession } from '../../session/SessionContext';

interface RowError {
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

/** 导入: uploads an .xlsx of employees; all rows go in or none (errors listed per row). */
export function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pointId } = useSession();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ message: string; rows: RowError[] } | null>(null);

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      const r = await api.upload<{ imported: number }>(`/employees/import${pointId ? `?servicePointId=${encodeURIComponent(pointId)}` : ''}`, form);
      message.success(t('employees.imported', { count: r.imported }));
      onImported();
    } catch (e) {
      if (isApiError(e) && (e.status === 400 || e.status === 422) && e.fields.length > 0) {
        setErrors({ message: e.message, rows: e.fields.map(toRowError) });
      } else {
        message.error((e as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid="employee-import">{t('employees.import')}</Button>
      </Upload>
      <Modal
        open={errors !== null}
        title={t('employees.importFailedTitle')}
        onCancel={() => setErrors(null)}
        footer={<Button type="primary" onClick={() => setErrors(null)}>{t('common.ok')}</Button>}
        width={720}
      >
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('employees.importNothing')} description={errors?.message} />
        <Table<RowError>
          size="small"
          rowKey="key"
          dataSource={errors?.rows ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="import-errors"
          columns={[
            { title: t('employees.importRow'), dataIndex: 'row', width: 80 },
            { title: t('employees.importColumn'), dataIndex: 'column', width: 140, render: (c: string) => t(`employees.columns.${c}`, { defaultValue: c }) },
            { title: t('employees.importMessage'), dataIndex: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}
