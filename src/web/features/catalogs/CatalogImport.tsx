import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, downloadFile, isApiError } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { toRowError } from '../employees/ImportButton';

type RowError = ReturnType<typeof toRowError>;

interface Props {
  /** '/labor-operations' or '/parts': POST {path}/import, GET {path}/import-template. */
  path: string;
  templateName: string;
  testId: string;
  onImported: () => void;
}

/** 导入 / 下载模板 of a catalog: all rows go in or none; the rows with problems are listed. */
export function CatalogImport({ path, templateName, testId, onImported }: Props) {
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
      const r = await api.upload<{ imported: number }>(`${path}/import${pointId ? `?servicePointId=${encodeURIComponent(pointId)}` : ''}`, form);
      message.success(t('catalog.imported', { count: r.imported }));
      onImported();
    } catch (e) {
      if (isApiError(e) && (e.status === 400 || e.status === 422) && e.fields.length > 0) setErrors({ message: e.message, rows: e.fields.map(toRowError) });
      else message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const template = () => downloadFile(`${path}/import-template`, undefined, templateName).catch((e: Error) => message.error(e.message));

  return (
    <Space size={8}>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        beforeUpload={(file) => { void upload(file); return false; }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={`${testId}-import`}>{t('catalog.import')}</Button>
      </Upload>
      <Button icon={<DownloadOutlined />} onClick={template} data-testid={`${testId}-template`}>{t('catalog.downloadTemplate')}</Button>
      <Modal
        open={errors !== null}
        title={t('catalog.importFailedTitle')}
        onCancel={() => setErrors(null)}
        footer={<Button type="primary" onClick={() => setErrors(null)}>{t('common.ok')}</Button>}
        width={720}
      >
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('catalog.importNothing')} description={errors?.message} />
        <Table<RowError>
          size="small"
          rowKey="key"
          dataSource={errors?.rows ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid={`${testId}-import-errors`}
          columns={[
            { title: t('catalog.importRow'), dataIndex: 'row', width: 80 },
            { title: t('catalog.importColumn'), dataIndex: 'column', width: 160, render: (c: string) => t(`catalog.columns.${c}`, { defaultValue: c }) },
            { title: t('catalog.importMessage'), dataIndex: 'message' },
          ]}
        />
      </Modal>
    </Space>
  );
}
