import { useMemo, useState } from 'react';
import { App, Button, Form, Input, InputNumber, Space, Upload, type UploadFile } from 'antd';
import { CameraOutlined, DeleteOutlined, PlusOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { CatalogSearch } from './CatalogSearch';
import { IMAGE_TYPES, MAX_PHOTO_BYTES, MAX_PHOTOS, readAsDataUrl } from './types';

interface Values {
  description: string;
  laborOperationId?: string | null;
  parts?: { partId?: string | null; qty?: number }[];
  photos?: UploadFile[];
}

/** 报告增项 from the technician's phone: what was found, photos, a suggested operation and parts. */
export function ReportExtraWorkButton({ workOrderId, plate }: { workOrderId: string; plate: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const initialValues = useMemo(() => ({ parts: [], photos: [] }), []);

  const submit = async (v: Values) => {
    const photos = await Promise.all(
      (v.photos ?? []).map(async (f) => ({ fileName: f.name.slice(0, 120), contentBase64: await readAsDataUrl(f.originFileObj as Blob) })),
    );
    const parts = (v.parts ?? []).flatMap((p) => (p.partId ? [{ partId: p.partId, qty: p.qty ?? 1 }] : []));
    return callApi('post', '/work-orders/{id}/extra-work', {
      params: { id: workOrderId },
      body: { description: v.description, laborOperationId: v.laborOperationId ?? null, parts, photos },
    });
  };

  return (
    <>
      <Button size="large" block icon={<ToolOutlined />} onClick={() => setOpen(true)} style={{ marginTop: 8 }} data-testid="xw-report">
        {t('xw.report')}
      </Button>
      <FormDrawer<Values>
        open={open}
        title={t('xw.reportTitle', { plate })}
        size={Math.min(560, window.innerWidth)}
        onClose={() => setOpen(false)}
        initialValues={initialValues}
        submit={submit}
        onSaved={() => setOpen(false)}
        invalidate={['/extra-work', '/work-orders']}
        success={t('xw.reported')}
        saveText={t('xw.submit')}
        testId="xw-report-form"
        saveTestId="xw-report-submit"
      >
        <Form.Item name="description" label={t('xw.description')} rules={[{ required: true, min: 2, message: t('xw.descriptionRequired') }]}>
          <Input.TextArea rows={3} placeholder={t('xw.descriptionPlaceholder')} maxLength={1000} data-testid="xw-description" />
        </Form.Item>
        <Form.Item
          name="photos"
          label={t('xw.photos')}
          extra={t('xw.photosHint')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
        >
          <Upload
            listType="picture-card"
            accept={IMAGE_TYPES.join(',')}
            multiple
            maxCount={MAX_PHOTOS}
            beforeUpload={(f) => {
              if (!IMAGE_TYPES.includes(f.type)) message.error(t('xw.photoType', { name: f.name }));
              else if (f.size > MAX_PHOTO_BYTES) message.error(t('xw.photoTooLarge', { name: f.name }));
              else return false; // kept in the form, sent with it
              return Upload.LIST_IGNORE;
            }}
            data-testid="xw-photos"
          >
            <button type="button" style={{ border: 0, background: 'none' }} aria-label={t('xw.addPhoto')}>
              <CameraOutlined style={{ fontSize: 22 }} />
              <div>{t('xw.addPhoto')}</div>
            </button>
          </Upload>
        </Form.Item>
        <Form.Item name="laborOperationId" label={t('xw.laborOperation')}>
          <CatalogSearch kind="labor" placeholder={t('xw.laborSearch')} />
        </Form.Item>
        <Form.Item label={t('xw.parts')} style={{ marginBottom: 0 }}>
          <Form.List name="parts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'partId']} style={{ width: 220 }}>
                      <CatalogSearch kind="parts" placeholder={t('xw.partsSearch')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'qty']} initialValue={1}>
                      <InputNumber min={0.001} max={9999} aria-label={t('xw.qty')} style={{ width: 80 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={t('xw.remove')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1 })} block data-testid="xw-add-part">
                  {t('xw.partsSearch')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </FormDrawer>
    </>
  );
}
