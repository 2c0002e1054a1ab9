import type { Db } from '../../db/client.js';
import { usccCheckChar, vinCheckDigit } from '../../../domain/identifiers/index.js';
import { insertLaborOperations, insertLaborRates, insertParts } from '../catalogs/index.js';
import { insertCustomer, insertVehicle } from './customers.repo.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '晓东',
  '海燕',
  '丽娟',
  '文博',
  '子涵',
  '雨桐',
  '浩然',
];
const MODELS: [string, string, string, boolean][] = [
  ['上汽大众', '朗逸', '朗逸', false],
  ['上汽大众', '帕萨特', '帕萨特', false],
  ['上汽大众', '途观L', '途观', false],
  ['上汽大众', 'ID.4 X', 'ID.4', true],
  ['上汽大众', '途岳', '途岳', false],
  ['上汽大众', '凌渡L', '凌渡', false],
  ['上汽大众', 'ID.3', 'ID.3', true],
];
const WMI = ['LSV', 'LSV', 'LSV', 'LFV'];
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const DIGITS = '0123456789';

/** A deterministic pseudo-random sequence (demo data must be the same on every machine). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** About 200 customers with vehicles, the labor-time and parts catalogs and labor rates of the demo station. */
export async function seedDemoCustomersAndCatalogs(db: Db, pointId: string, today: Date) {
  const rnd = lcg(20261122);
  const pick = <T>(xs: readonly T[] | string) => xs[Math.floor(rnd() * xs.length)] as T;
  const usedPlates = new Set<string>();
  await db.transaction(async (tx) => {
    for (let i = 0; i < 200; i++) {
      const company = i % 25 === 7;
      const name = company
        ? `${pick(['上海', '浦东', '闵行'])}${pick(['顺达', '安捷', '恒通', '华盛', '联运'])}${pick(['物流有限公司', '汽车租赁有限公司', '商贸有限公司'])}`
        : `${pick(SURNAMES)}${pick(GIVEN)}`;
      const body17 = `9131011${String(2000000000 + i * 7919).slice(0, 10)}`;
      const c = await insertCustomer(tx, {
        servicePointId: pointId,
        kind: company ? 'company' : 'person',
        name,
        uscc: company ? `${body17}${usccCheckChar(body17)}` : null,
        phone: `1${pick(['38', '39', '58', '86', '77', '99', '35'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
        isVip: i % 17 === 3,
        contacts: company ? [{ name: `${pick(SURNAMES)}经理`, phone: `139${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`, role: '车队负责人' }] : [],
      });
      const count = company ? 3 : i % 9 === 0 ? 2 : 1;
      for (let k = 0; k < count; k++) {
        const [brand, model, family, isEv] = pick(MODELS);
        const year = 2016 + Math.floor(rnd() * 10);
        const vds = `${pick(LETTERS)}${pick(LETTERS)}${pick(DIGITS)}${pick(DIGITS)}${pick(LETTERS)}`;
        const serial = `${pick('GHJKLMNPRST')}${pick(DIGITS)}${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`;
        const draft = `${pick(WMI)}${vds}0${serial}`;
        const vin = `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
        let plate = '';
        do {
          plate = isEv
            ? `沪A${pick('DF')}${pick(LETTERS)}${String(Math.floor(rnd() * 1e4)).padStart(4, '0')}`
            : `沪${pick('ABCDEFGHJKLMN')}${Array.from({ length: 5 }, () => pick(rnd() < 0.7 ? DIGITS : LETTERS)).join('')}`;
        } while (usedPlates.has(plate));
        usedPlates.add(plate);
        const purchased = new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)));
        const ageYears = (today.getTime() - purchased.getTime()) / (365.25 * 86400_000);
        await insertVehicle(tx, {
          servicePointId: pointId,
          customerId: c.id,
          vin,
          plate,
          brand,
          model,
          modelFamily: family,
          modelYear: year,
          mileageKm: Math.max(300, Math.round(ageYears * (9000 + rnd() * 12000))),
          purchasedOn: purchased.toISOString().slice(0, 10),
          warrantyUntil: new Date(purchased.getTime() + (isEv ? 8 : 3) * 365.25 * 86400_000).toISOString().slice(0, 10),
          warrantyKm: isEv ? 150000 : 100000,
        });
      }
    }
    const ops: [string, string, string, string, number, Record<string, number>?][] = [
      ['BY-001', '更换机油及机油滤清器', 'mechanical', 'minor', 500, { 'ID.4': 0 }],
      ['BY-002', '更换空气滤清器', 'mechanical', 'minor', 200],
      ['BY-003', '更换空调滤清器', 'mechanical', 'minor', 300],
      ['BY-004', '更换火花塞(4 缸)', 'mechanical', 'minor', 800],
      ['BY-005', '更换制动液', 'mechanical', 'minor', 800],
      ['BY-006', '四轮定位', 'mechanical', 'special', 1000],
      ['EW-001', '二级维护', 'mechanical', 'level2_maintenance', 3000],
      ['YW-001', '一级维护', 'mechanical', 'level1_maintenance', 1500],
      ['ZD-001', '更换前制动片', 'mechanical', 'minor', 1000],
      ['ZD-002', '更换后制动片', 'mechanical', 'minor', 1000],
      ['ZD-003', '更换前制动盘', 'mechanical', 'special', 1500],
      ['FDJ-01', '发动机总成大修', 'mechanical', 'assembly', 24000],
      ['BSX-01', '变速箱总成修理', 'mechanical', 'assembly', 16000],
      ['DQ-001', '蓄电池检测与更换', 'electrical', 'minor', 300],
      ['DQ-002', '电路故障诊断', 'electrical', 'special', 1000],
      ['DQ-003', '高压电池包检测', 'electrical', 'special', 2000, { 'ID.4': 2000, 'ID.3': 2000 }],
      ['BJ-001', '前保险杠拆装', 'body', 'minor', 1000],
      ['BJ-002', '前翼子板钣金修复', 'body', 'special', 2500],
      ['BJ-003', '车门钣金修复', 'body', 'special', 3000],
      ['BJ-004', '整车车身校正', 'body', 'overhaul', 12000],
      ['PQ-001', '前保险杠喷漆', 'paint', 'special', 2500],
      ['PQ-002', '单门喷漆', 'paint', 'special', 2800],
      ['PQ-003', '前翼子板喷漆', 'paint', 'special', 2200],
      ['PQ-004', '全车喷漆', 'paint', 'overhaul', 30000],
    ];
    await insertLaborOperations(
      tx,
      ops.map(([code, name, trade, category, milli, fam]) => ({
        servicePointId: pointId,
        code,
        name,
        trade,
        category,
        defaultHoursMilli: milli,
        hoursByFamilyMilli: Object.fromEntries(Object.entries(fam ?? {}).filter(([, v]) => v > 0)),
      })),
    );
    const rates: [string, number, number, number][] = [
      ['mechanical', 18000, 15000, 12000],
      ['electrical', 20000, 16000, 12000],
      ['body', 17000, 14000, 11000],
      ['paint', 17000, 14000, 11000],
    ];
    await insertLaborRates(
      tx,
      rates.flatMap(([trade, m, mid, a]) => [
        { servicePointId: pointId, trade, skillGrade: 'master', rateFen: m },
        { servicePointId: pointId, trade, skillGrade: 'mid', rateFen: mid },
        { servicePointId: pointId, trade, skillGrade: 'apprentice', rateFen: a },
      ]),
    );
    const partRows: [string, string, string, number, number][] = [
      ['06L115562', '机油滤清器', '个', 6800, 4150],
      ['G052195M4', '全合成机油 5W-40(4L)', '桶', 46800, 31000],
      ['5Q0129620D', '空气滤清器滤芯', '个', 12800, 7600],
      ['5Q0819653', '空调滤清器', '个', 9800, 5200],
      ['04E905612C', '火花塞', '个', 8500, 5100],
      ['B000750M3', '制动液 DOT4(1L)', '瓶', 9800, 5800],
      ['5Q0698151D', '前制动片(套)', '套', 68000, 43000],
      ['5Q0698451', '后制动片(套)', '套', 52000, 33000],
      ['5Q0615301G', '前制动盘', '个', 78000, 52000],
      ['000915105', '蓄电池 60Ah', '个', 98000, 68000],
      ['5G0807221', '前保险杠皮', '个', 168000, 118000],
      ['5G0821021', '左前翼子板', '个', 98000, 65000],
      ['LSM-100', '面漆(1L)', '升', 56000, 35000],
      ['LSM-200', '清漆(1L)', '升', 42000, 26000],
      ['N10583601', '雨刮片(对)', '对', 26800, 15000],
    ];
    await insertParts(
      tx,
      partRows.map(([partNo, name, unit, retail, cost]) => ({
        servicePointId: pointId,
        partNo,
        name,
        unit,
        retailPriceFen: retail,
        costPriceFen: cost,
        brand: '大众',
      })),
    );
  });
}
