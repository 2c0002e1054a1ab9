/** Offline VIN decoding: the maker from the WMI (positions 1–3) and the model year from position 10 (GB 16735 / ISO 3780). */
import { normalizeVin } from './vin.js';

export interface Manufacturer {
  /** The maker (制造厂), e.g. 一汽-大众. */
  manufacturer: string;
  /** The brands it sells; the first is the usual one to prefill. */
  brands: string[];
  country: 'CN' | 'DE' | 'JP' | 'KR' | 'US' | 'GB' | 'SE' | 'FR' | 'IT';
}

const m = (manufacturer: string, brands: string[], country: Manufacturer['country'] = 'CN'): Manufacturer => ({ manufacturer, brands, country });

/** WMIs of the makes sold in China: domestic and joint-venture makers, then the common imports. */
export const WMI: Readonly<Record<string, Manufacturer>> = {
  LSV: m('上汽大众', ['大众', '斯柯达']),
  LFV: m('一汽-大众', ['大众', '奥迪', '捷达']),
  LBV: m('华晨宝马', ['宝马']),
  LE4: m('北京奔驰', ['奔驰']),
  LHG: m('广汽本田', ['本田', '讴歌']),
  LVH: m('东风本田', ['本田']),
  LUC: m('本田汽车(中国)', ['本田']),
  LVG: m('广汽丰田', ['丰田']),
  LFM: m('一汽丰田', ['丰田']),
  LTV: m('一汽丰田(天津)', ['丰田']),
  LGB: m('东风日产', ['日产', '启辰']),
  LSG: m('上汽通用', ['别克', '雪佛兰', '凯迪拉克']),
  LVS: m('长安福特', ['福特', '林肯']),
  LVR: m('长安马自达', ['马自达']),
  LBE: m('北京现代', ['现代']),
  LJD: m('东风悦达起亚', ['起亚']),
  LGX: m('比亚迪', ['比亚迪']),
  LC0: m('比亚迪', ['比亚迪', '腾势']),
  LRW: m('特斯拉(上海)', ['特斯拉']),
  LB3: m('吉利汽车', ['吉利', '领克']),
  LGW: m('长城汽车', ['长城', '哈弗', '魏牌']),
  LS5: m('长安汽车', ['长安']),
  LNB: m('北京汽车', ['北京', '北汽']),
  LVV: m('奇瑞汽车', ['奇瑞']),
  LDC: m('神龙汽车', ['标致', '雪铁龙']),
  LZW: m('上汽通用五菱', ['五菱', '宝骏']),
  LSJ: m('上汽乘用车', ['荣威', '名爵']),
  LFP: m('一汽轿车', ['红旗', '奔腾']),
  LMG: m('广汽乘用车', ['传祺']),
  LGJ: m('东风乘用车', ['东风风神']),
  LJ1: m('江淮汽车', ['江淮']),
  LEF: m('江铃汽车', ['江铃']),
  LSY: m('华晨汽车', ['中华', '金杯']),
  LYV: m('沃尔沃汽车(亚太)', ['沃尔沃']),
  WBA: m('BMW AG', ['宝马'], 'DE'),
  WBS: m('BMW M GmbH', ['宝马'], 'DE'),
  '5UX': m('BMW (美国)', ['宝马'], 'US'),
  WDD: m('Mercedes-Benz AG', ['奔驰'], 'DE'),
  WDB: m('Mercedes-Benz AG', ['奔驰'], 'DE'),
  WDC: m('Mercedes-Benz AG', ['奔驰'], 'DE'),
  W1K: m('Mercedes-Benz AG', ['奔驰'], 'DE'),
  W1N: m('Mercedes-Benz AG', ['奔驰'], 'DE'),
  '4JG': m('Mercedes-Benz (美国)', ['奔驰'], 'US'),
  WAU: m('Audi AG', ['奥迪'], 'DE'),
  WVW: m('Volkswagen AG', ['大众'], 'DE'),
  WVG: m('Volkswagen AG', ['大众'], 'DE'),
  WP0: m('Porsche AG', ['保时捷'], 'DE'),
  WP1: m('Porsche AG', ['保时捷'], 'DE'),
  JTD: m('丰田汽车', ['丰田'], 'JP'),
  JTE: m('丰田汽车', ['丰田'], 'JP'),
  JTH: m('丰田汽车', ['雷克萨斯'], 'JP'),
  JTJ: m('丰田汽车', ['雷克萨斯'], 'JP'),
  JHM: m('本田技研', ['本田'], 'JP'),
  JN1: m('日产汽车', ['日产'], 'JP'),
  JN8: m('日产汽车', ['日产'], 'JP'),
  JM1: m('马自达汽车', ['马自达'], 'JP'),
  JF1: m('斯巴鲁', ['斯巴鲁'], 'JP'),
  JF2: m('斯巴鲁', ['斯巴鲁'], 'JP'),
  KMH: m('现代汽车', ['现代'], 'KR'),
  KNA: m('起亚汽车', ['起亚'], 'KR'),
  SAL: m('捷豹路虎', ['路虎'], 'GB'),
  SAJ: m('捷豹路虎', ['捷豹'], 'GB'),
  YV1: m('沃尔沃汽车', ['沃尔沃'], 'SE'),
  VF1: m('雷诺', ['雷诺'], 'FR'),
  VF3: m('标致', ['标致'], 'FR'),
  VF7: m('雪铁龙', ['雪铁龙'], 'FR'),
  ZFF: m('法拉利', ['法拉利'], 'IT'),
  '5YJ': m('特斯拉(美国)', ['特斯拉'], 'US'),
  '1G1': m('通用汽车', ['雪佛兰'], 'US'),
};

/** Position 10 codes in order; each stands for a year every 30 years (A = 1980 / 2010 / 2040). */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

/**
 * The model year of a year code: the latest year with that code that is not after `latestYear`
 * (pass the current year + 1: a car of next year's model may already be sold). null for a code that is none.
 */
export function modelYearOf(code: string, latestYear: number): number | null {
  const i = YEAR_CODES.indexOf(code.toUpperCase());
  if (i < 0 || code.length !== 1) return null;
  const base = 1980 + i;
  return base + Math.floor((latestYear - base) / 30) * 30;
}

export interface VinDecoded {
  wmi: string;
  manufacturer: Manufacturer | null;
  modelYear: number | null;
}

/** What a VIN tells offline; null unless it has 17 characters (the check digit is validateVin's business). */
export function decodeVin(raw: string, latestYear: number): VinDecoded | null {
  const vin = normalizeVin(raw);
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return null;
  const wmi = vin.slice(0, 3);
  return { wmi, manufacturer: WMI[wmi] ?? null, modelYear: modelYearOf(vin[9], latestYear) };
}
