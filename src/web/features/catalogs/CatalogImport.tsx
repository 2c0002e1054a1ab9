import { App, Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import { XlsxImport } from '../../components/XlsxImport';

interface Props {
  /** '/labor-operations' or '/parts': POST {path}/import, GET {path}/import-template. */
  path: '/labor-operations' | '/parts';
  templateName: string;
  testId: string;
}

/** 导入 / 下载模板 of a catalog: all rows go in or none; the rows with problems are listed. */
export function CatalogImport({ path, templateName, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = () => downloadFile(`${path}/import-template`, undefined, templateName).catch((e: Error) => message.error(e.message));
  return (
    <Space size={8}>
      <XlsxImport
        url={`${path}/import`}
        ns="catalog"
        testId={`${testId}-import`}
        errorsTestId={`${testId}-import-errors`}
        invalidate={[path]}
        columnWidth={160}
      />
      <Button icon={<DownloadOutlined />} onClick={template} data-testid={`${testId}-template`}>
        {t('catalog.downloadTemplate')}
      </Button>
    </Space>
  );
}
