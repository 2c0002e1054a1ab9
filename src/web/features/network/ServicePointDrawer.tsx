import { useMemo } from 'react';
import { Cascader, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_POINT_KINDS } from '../../../domain/org/templates/types';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { nameOf } from '../../lib/format';
import type { ServicePoint } from '../../session/SessionContext';
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
  const initialValues = useMemo<Partial<Values>>(() => {
    if (!point) return { parentId, kind: 'station', timeZone: 'Asia/Shanghai', regions: [] };
    const { parentId: _parent, ...rest } = point;
    return { ...rest, regions: codesToPaths(point.regionCodes, regionIndex) };
  }, [point, parentId, regionIndex]);

  const submit = ({ regions: paths, parentId: parent, ...v }: Values) => {
    const body = { ...v, regionCodes: pathsToCodes(paths ?? []) };
    return point
      ? callApi('patch', '/service-points/{id}', { params: { id: point.id }, body: { ...body, version: point.version } })
      : callApi('post', '/service-points', { body: { ...body, parentId: parent! } });
  };

  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      size={600}
      title={point ? t('points.editTitle', { name: nameOf(point, i18n.language) }) : t('points.new')}
      initialValues={initialValues}
      submit={submit}
      onSaved={onSaved}
      onStale={onSaved}
      invalidate={['/service-points']}
      rename={(p) => (p.startsWith('regionCodes') ? 'regions' : undefined)}
    >
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
        <Col span={12}>
          <Form.Item name="nameEn" label={t('points.nameEn')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t('points.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactName" label={t('points.contactName')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactPhone" label={t('points.contactPhone')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
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
              aria-label={t('points.regionsPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="timeZone" label={t('points.timeZone')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </FormDrawer>
  );
}
