/** Field-service factories: a product, a unit (each making its parent), an engineer linked to a login. */
import type { z } from '@hono/zod-openapi';
import type {
  FieldEngineer,
  FieldEngineerInput,
  FieldProduct,
  FieldProductInput,
  FieldRequest,
  FieldUnit,
  FieldUnitInput,
} from '../../contracts/field-service.js';
import { ok, type Session } from './factories.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

export function createFieldFactories(as: Session) {
  const product = async (o: Partial<FieldProductInput> = {}) =>
    ok(
      await as.call<FieldProduct>('POST', '/api/field/products', {
        body: { model: `KX-${next()}`, name: '商用冷柜', requiredSkill: '冷柜', warrantyMonths: 24, maintenanceIntervalMonths: 2, ...o },
      }),
      'field product',
    );
  const unit = async (o: Partial<FieldUnitInput> = {}) =>
    ok(
      await as.call<FieldUnit>('POST', '/api/field/units', {
        body: {
          productId: o.productId ?? (await product()).id,
          serial: `SN${next()}`,
          customerName: '上海味美餐饮有限公司',
          customerPhone: '13800138000',
          siteName: '徐汇店后厨',
          siteAddress: '上海市徐汇区漕溪北路 88 号',
          regionCode: '310104',
          lat: 31.19,
          lng: 121.44,
          installedOn: '2026-06-01',
          ...o,
        },
      }),
      'field unit',
    );
  const engineer = async (o: Partial<z.input<typeof FieldEngineerInput>> = {}) =>
    ok(
      await as.call<FieldEngineer>('POST', '/api/field/engineers', {
        body: {
          name: `工程师${next().slice(-3)}`,
          homeLat: 31.23,
          homeLng: 121.47,
          skills: ['冷柜'],
          shiftStart: '08:00',
          shiftEnd: '20:00',
          certificates: [{ skill: '冷柜', validFrom: '2025-01-01', validUntil: '2027-12-31' }],
          ...o,
        },
      }),
      'field engineer',
    );
  /** A phoned-in request for a unit, diagnosed as needing a visit: the request with its open visit. */
  const visitRequest = async (unitId: string) => {
    const r = ok(await as.call<FieldRequest>('POST', '/api/field/requests', { body: { channel: 'phone', unitId, fault: '冷柜不制冷' } }), 'field request');
    return ok(
      await as.call<FieldRequest>('POST', `/api/field/requests/${r.id}/diagnosis`, {
        body: { version: r.version, outcome: 'needs_visit', note: '压缩机不启动' },
      }),
      'diagnosis',
    );
  };
  return { product, unit, engineer, visitRequest };
}
