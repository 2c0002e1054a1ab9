import { useState } from 'react';
import { Alert, Button, Input, Modal, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../api/paths';
import { callApi } from '../../../api/query';
import { useSession } from '../../../session/SessionContext';
import type { Run } from '../useRun';
import type { TicketSettings } from './types';

const SAMPLE = '{\n  "year": 2027,\n  "holidays": [{ "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" }],\n  "workdays": ["2027-01-09"]\n}';

/** Holiday-data coverage, a warning for missing years, and the import of a year's official arrangement (JSON). */
export function HolidayImport({ settings, run }: { settings: TicketSettings; run: Run }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string>();
  const missing = settings.coverage.missingYears;

  const submit = async () => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      setParseError(t('tset.jsonInvalid', { message: (e as Error).message }));
      return;
    }
    setParseError(undefined);
    if (await run(() => callApi('post', '/holiday-years', { body: data as BodyOf<'post', '/holiday-years'> }), { success: t('tset.holidaysImported') })) {
      setOpen(false);
      setText('');
    }
  };

  return (
    <>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="holiday-missing"
          title={t('tset.missingYears', { years: missing.join('、') })}
          description={t('tset.missingYearsHint')}
          action={
            can('settings.manage') ? (
              <Button size="small" onClick={() => setOpen(true)}>
                {t('tset.importHolidays')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('tset.holidayYears')}</Typography.Text>
        {settings.holidayYears.map((y) => (
          <Tag key={y} color="green">
            {y}
          </Tag>
        ))}
        {can('settings.manage') && (
          <Button size="small" icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="holiday-import">
            {t('tset.importHolidays')}
          </Button>
        )}
      </Space>
      <Modal
        open={open}
        title={t('tset.importHolidays')}
        onCancel={() => setOpen(false)}
        onOk={submit}
        okText={t('tset.import')}
        okButtonProps={{ disabled: !text.trim() }}
        destroyOnHidden
        width={600}
      >
        <Typography.Paragraph type="secondary">{t('tset.importHint')}</Typography.Paragraph>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(f) => {
            void f.text().then(setText);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} style={{ marginBottom: 8 }}>
            {t('tset.chooseJson')}
          </Button>
        </Upload>
        <Input.TextArea
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={SAMPLE}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          data-testid="holiday-json"
          aria-label={SAMPLE}
        />
        {parseError && <Alert type="error" showIcon title={parseError} style={{ marginTop: 8 }} />}
      </Modal>
    </>
  );
}
