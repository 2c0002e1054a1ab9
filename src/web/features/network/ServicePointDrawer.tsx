import { useEffect, useState } from 'react';
import { App, Button, Cascader, Col, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServicePoint } from '../../../contracts/org';
import { SERVICE_POINT_KINDS } from '../../../domain/org/templates/types';
import { api } from '../../api/client';
import { isConflict, useReportError } from '../../lib/errors';
import { nameOf } from '../../lib/format';
import { codesToPaths, pathsToCodes, type Region, type RegionIndex } from './regions';

interface Values {
  parentId?: string;
  kind: ServicePoint['kind'];
  code: string;
  nameZh: string;
  nameEn?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  regions?: (string | number)[][];
  timeZone?: string;
}

interface Props {
  open: boolean;
  point?: ServicePoint;
  parentId?: string;
  points: ServicePoint[];
  regions: Region[];
  regionIndex: RegionIndex;
  onClose: () => void;
  onSaved: () => void;
}

/** Create (under a parent) or edit a service point, with the regions it covers. */
export function ServicePointDrawer({ open, point, parentId, points, regions, regionIndex, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const { parentId: _parent, ...rest } = point ?? { parentId: null };
    form.setFieldsValue(point
      ? { ...rest, regions: codesToPaths(point.regionCodes, regionIndex) }
      : { parentId, kind: 'station', timeZone: 'Asia/Shanghai', regions: [] });
  }, [open, point, parentId, form, regionIndex]);

  const submit = async () => {
    const { regions: paths, parentId: parent, ...v } = await form.validateFields();
    const body = { ...v, regionCodes: pathsToCodes(paths ?? []) };
    setBusy(true);
    try {
      if (point) await api.patch(`/service-points/${point.id}`, { ...body, version: point.version });
      else await api.post('/service-points', { ...body, parentId: parent });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (isConflict(e)) {
        message.error(t('common.staleVersion'));
        onSaved();
      } else report(e, form, { rename: (p) => (p.startsWith('regionCodes') ? 'regions' : undefined) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={600}
      destroyOnHidden
      title={point ? t('points.editTitle', { name: nameOf(point, i18n.language) }) : t('points.new')}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit}>{t('common.save')}</Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          {!point && (
            <Col span={24}>
              <Form.Item name="parentId" label={t('points.parent')} rules={[{ required: true, message: t('points.parentRequired') }]}>
                <Select options={points.map((p) => ({ value: p.id, label: `${'\u3000'.repeat(p.depth)}${nameOf(p, i18n.language)}` }))} />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="kind" label={t('points.kind')} rules={[{ required: true }]}>
              <Select options={SERVICE_POINT_KINDS.map((k) => ({ value: k, label: t(`points.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="code" label={t('points.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,20}$/, message: t('points.codeRule') }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameZh" label={t('points.nameZh')} rules={[{ required: true, whitespace: true, message: t('points.nameRequired') }]}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="nameEn" label={t('points.nameEn')}><Input maxLength={120} /></Form.Item></Col>
          <Col span={24}><Form.Item name="address" label={t('points.address')}><Input maxLength={200} /></Form.Item></Col>
          <Col span={12}><Form.Item name="contactName" label={t('points.contactName')}><Input maxLength={40} /></Form.Item></Col>
          <Col span={12}><Form.Item name="contactPhone" label={t('points.contactPhone')}><Input maxLength={20} /></Form.Item></Col>
          <Col span={24}>
            <Form.Item name="regions" label={t('points.regions')} extra={t('points.regionsHint')}>
              <Cascader
                multiple
                maxTagCount="responsive"
                showSearch
                options={regions}
                fieldNames={{ label: 'name', value: 'code', children: 'children' }}
                placeholder={t('points.regionsPlaceholder')}
                data-testid="regions-cascader"
              />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="timeZone" label={t('points.timeZone')}><Input /></Form.Item></Col>
        </Row>
      </Form>
    </Drawer>
  );
}
