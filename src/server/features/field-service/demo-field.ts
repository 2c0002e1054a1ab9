/**
 * Field-service demo for the equipment-manufacturer template: three product models, units at sites around Zhuhai,
 * Guangzhou, Shenzhen and Foshan, four field engineers (skills, certificates — one expired, one expiring — van
 * stock; 覃光明 is the `engineer` login), and a week of requests and visits in every state.
 */
import type { Db } from '../../db/client.js';
import { warrantyEnd } from '../../../domain/field/units.js';
import { addDays, atLocalTime, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { fieldTrainingPlans } from '../../db/schema.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { createVisitInTx } from './requests.service.js';

const PRODUCTS = [
  { model: 'KX-800', name: '商用四门冷柜', requiredSkill: '冷柜', warrantyMonths: 24, maintenanceIntervalMonths: 2, serviceMinutes: 90 },
  {
    model: 'ZK-10',
    name: '十层万能蒸烤箱',
    requiredSkill: '蒸烤箱',
    warrantyMonths: 12,
    maintenanceIntervalMonths: 2,
    serviceMinutes: 120,
    responseMinutes: 240,
  },
  { model: 'XW-60', name: '通道式洗碗机', requiredSkill: '洗碗机', warrantyMonths: 18, maintenanceIntervalMonths: 3, serviceMinutes: 90 },
];

const SITES = [
  {
    customer: '珠海海景大酒店',
    phone: '13926901234',
    site: '中餐厨房',
    address: '广东省珠海市香洲区情侣中路 47 号',
    region: '440402',
    lat: 22.2686,
    lng: 113.5856,
  },
  {
    customer: '珠海金湾航空食品有限公司',
    phone: '13926905678',
    site: '生产车间',
    address: '广东省珠海市金湾区三灶镇机场东路 1 号',
    region: '440404',
    lat: 22.0062,
    lng: 113.3764,
  },
  {
    customer: '广州天河城美食广场',
    phone: '13802261122',
    site: 'B1 中央厨房',
    address: '广东省广州市天河区天河路 208 号',
    region: '440106',
    lat: 23.1358,
    lng: 113.3244,
  },
  {
    customer: '广州白云国际会议中心',
    phone: '13802263344',
    site: '宴会厨房',
    address: '广东省广州市白云区白云大道南 1 号',
    region: '440111',
    lat: 23.1739,
    lng: 113.2712,
  },
  {
    customer: '深圳南山科技园员工餐厅',
    phone: '13510785566',
    site: '一号食堂',
    address: '广东省深圳市南山区科苑南路 3099 号',
    region: '440305',
    lat: 22.5326,
    lng: 113.9476,
  },
  {
    customer: '深圳福田会展中心',
    phone: '13510787788',
    site: '西厨房',
    address: '广东省深圳市福田区福华三路 111 号',
    region: '440304',
    lat: 22.5315,
    lng: 114.0566,
  },
  {
    customer: '佛山顺德容桂酒楼',
    phone: '13928229900',
    site: '后厨',
    address: '广东省佛山市顺德区容桂街道桂洲大道 35 号',
    region: '440606',
    lat: 22.7631,
    lng: 113.2791,
  },
  {
    customer: '珠海横琴长隆酒店',
    phone: '13926909911',
    site: '自助餐厅厨房',
    address: '广东省珠海市香洲区横琴富祥湾',
    region: '440402',
    lat: 22.0981,
    lng: 113.5405,
  },
];

const ENGINEERS = [
  { name: '覃光明', login: 'engineer', lat: 22.27, lng: 113.55, skills: ['冷柜', '蒸烤箱', '洗碗机'], expired: null, expiringDays: null },
  { name: '孔德斌', login: null, lat: 23.13, lng: 113.32, skills: ['冷柜', '洗碗机'], expired: null, expiringDays: 20 },
  { name: '严立群', login: null, lat: 22.54, lng: 114.0, skills: ['冷柜', '蒸烤箱'], expired: null, expiringDays: null },
  { name: '薛文涛', login: null, lat: 22.76, lng: 113.28, skills: ['蒸烤箱', '洗碗机'], expired: '蒸烤箱', expiringDays: null },
];

export async function seedDemoField(db: Db, pointId: string, templateKey: string, now: Date) {
  if (templateKey !== 'equipment-manufacturer') return;
  await db.transaction(async (tx) => {
    const point = (await findPoint(tx, pointId))!;
    const tz = usableTimeZone(point.timeZone);
    const today = localDate(tz, now);
    const products: repo.ProductRow[] = [];
    for (const p of PRODUCTS) products.push(await repo.insertProduct(tx, { servicePointId: pointId, ...p }));
    const units: repo.UnitRow[] = [];
    for (const [i, s] of SITES.entries()) {
      for (const [k, p] of products.entries()) {
        if ((i + k) % 2 === 1 && k > 0) continue;
        const installed = addDays(today, -60 - i * 45 - k * 30);
        units.push(
          await repo.insertUnit(tx, {
            servicePointId: pointId,
            productId: p.id,
            serial: `${p.model.replace('-', '')}${String(2400 + i * 10 + k).padStart(6, '0')}`,
            customerName: s.customer,
            customerPhone: s.phone,
            siteName: s.site,
            siteAddress: s.address,
            regionCode: s.region,
            lat: s.lat + k * 0.0004,
            lng: s.lng + k * 0.0004,
            soldOn: addDays(installed, -10),
            installedOn: installed,
            warrantyStart: installed,
            warrantyEnd: warrantyEnd(installed, p.warrantyMonths),
            ...(i === 0 ? { contractNo: 'FW-2026-001', contractResponseMinutes: 240, contractResponseClock: '24x7' } : {}),
          }),
        );
      }
    }
    const engineers: repo.EngineerRow[] = [];
    for (const e of ENGINEERS) {
      const user = e.login ? await repo.userByName(tx, e.login) : undefined;
      const row = await repo.insertEngineer(tx, {
        servicePointId: pointId,
        userId: user?.id ?? null,
        name: e.name,
        homeLat: e.lat,
        homeLng: e.lng,
        skills: e.skills,
        shiftStart: '08:30',
        shiftEnd: '18:30',
      });
      engineers.push(row);
      for (const skill of e.skills) {
        const validUntil = e.expired === skill ? addDays(today, -15) : e.expiringDays ? addDays(today, e.expiringDays) : addDays(today, 700);
        await repo.insertCertificate(tx, {
          servicePointId: pointId,
          engineerId: row.id,
          skill,
          number: `PX-${skill}-${row.name}`,
          validFrom: addDays(today, -400),
          validUntil,
        });
      }
      for (const [code, name, qty] of [
        ['CMP-CAP-45', '压缩机启动电容 45μF', 4],
        ['TH-NTC-10K', 'NTC 温度传感器', 3],
        ['SEAL-KX800', 'KX-800 门封条', 2],
        ['HEAT-ZK3KW', '蒸烤箱加热管 3kW', 1],
      ] as const)
        await repo.moveVanStock(tx, { servicePointId: pointId, engineerId: row.id, partCode: code, partName: name, delta: qty }, now);
    }
    // A week of requests: six days ago … today, with visits in every state.
    const faults = ['冷柜不制冷,温度升到 12℃', '蒸烤箱报 E21 蒸汽发生器故障', '洗碗机漂洗温度不够', '冷柜门封漏气结霜', '蒸烤箱门锁报警', '洗碗机排水慢'];
    let n = 0;
    for (let d = -6; d <= 0; d++) {
      const day = addDays(today, d);
      for (let j = 0; j < 2; j++) {
        const unit = units[(n * 5) % units.length];
        const receivedAt = atLocalTime(tz, day, j === 0 ? '08:20' : '10:40');
        if (receivedAt.getTime() > now.getTime()) continue;
        const phoneFix = n % 5 === 4;
        const req = await repo.insertRequest(tx, {
          servicePointId: pointId,
          receivedAtPointId: pointId,
          routedBy: 'coverage',
          number: await nextDocumentNumber(tx, point, 'fieldRequest', receivedAt),
          channel: n % 3 === 0 ? 'web' : 'phone',
          unitId: unit.id,
          customerName: unit.customerName,
          customerPhone: unit.customerPhone,
          fault: faults[n % faults.length],
          status: phoneFix ? 'resolved' : 'on_site',
          receivedAt,
          receivedByName: '夏雨晴',
          contactedAt: new Date(receivedAt.getTime() + (n % 4 === 3 ? 90 : 20) * 60_000),
          diagnosisOutcome: phoneFix ? 'resolved_by_phone' : 'needs_visit',
          diagnosisNote: phoneFix ? '指导客户清洗冷凝器后恢复' : '电话排查后判断需上门',
          diagnosedByName: '莫俊豪',
          closedAt: phoneFix ? new Date(receivedAt.getTime() + 40 * 60_000) : null,
          rating: phoneFix ? 5 : null,
        });
        n++;
        if (phoneFix) continue;
        const v = await createVisitInTx(tx, {
          unit,
          kind: 'repair',
          plannedDate: day,
          requestId: req.id,
          deadlineFrom: receivedAt,
          at: receivedAt,
          actor: null,
        });
        const product = products.find((p) => p.id === unit.productId)!;
        const eng = engineers.find((e, k) => k === n % engineers.length && e.skills.includes(product.requiredSkill)) ?? engineers[0];
        const arrive = new Date(receivedAt.getTime() + (n % 4 === 0 ? 9 : 3) * 3_600_000);
        if (d < 0) {
          const unresolved = n % 6 === 1;
          const cancelled = n % 7 === 3;
          await repo.updateVisit(
            tx,
            v.id,
            v.version,
            cancelled
              ? { status: 'cancelled', levelDueAt: null }
              : {
                  status: unresolved ? 'unresolved' : 'done',
                  engineerId: eng.id,
                  routeOrder: j + 1,
                  checkInAt: arrive,
                  checkInGeo: n % 3 === 0 ? 'refused' : 'ok',
                  checkInLat: n % 3 === 0 ? null : unit.lat,
                  checkInLng: n % 3 === 0 ? null : unit.lng,
                  checkOutAt: new Date(arrive.getTime() + 80 * 60_000),
                  checkOutGeo: 'ok',
                  checkOutLat: unit.lat,
                  checkOutLng: unit.lng,
                  report: unresolved ? '压缩机损坏,需更换,已订备件' : '更换启动电容,试机 30 分钟正常',
                  resolved: !unresolved,
                  signedByName: '厨师长',
                  levelDueAt: null,
                },
            now,
          );
          if (!cancelled && !unresolved)
            await repo.updateRequest(
              tx,
              req.id,
              req.version,
              { status: 'resolved', closedAt: new Date(arrive.getTime() + 80 * 60_000), rating: 4 + (n % 2) },
              now,
            );
        } else {
          // Today: one left open for the dispatcher, one on the engineer's route (the phone page).
          if (j === 0) await repo.updateVisit(tx, v.id, v.version, { status: 'assigned', engineerId: engineers[0].id, routeOrder: 1 }, now);
        }
      }
    }
    // A training plan per equipment type for the trainer, and a customer training session.
    await tx.insert(fieldTrainingPlans).values([
      {
        servicePointId: pointId,
        skill: '蒸烤箱',
        title: '万能蒸烤箱维修与认证',
        content: '蒸汽发生器、门锁与控制板的故障诊断;理论与实操考试',
        trainer: '柯雅文',
        hours: 16,
        place: '总部培训中心 201',
        startsOn: addDays(today, 7),
        endsOn: addDays(today, 8),
      },
      {
        servicePointId: pointId,
        skill: '冷柜',
        title: '客户厨房设备操作培训',
        content: '日常清洁、除霜与报警处理',
        trainer: '柯雅文',
        hours: 4,
        place: '珠海海景大酒店',
        startsOn: addDays(today, -3),
        endsOn: addDays(today, -3),
        audience: 'customer',
        customerName: '珠海海景大酒店',
      },
    ]);
    // Preventive maintenance every two months while in warranty: the next ones appear on the board ahead of time.
    for (const unit of units.slice(0, 4))
      await createVisitInTx(tx, {
        unit,
        kind: 'maintenance',
        plannedDate: addDays(today, 1 + (units.indexOf(unit) % 3)),
        requestId: null,
        deadlineFrom: null,
        at: now,
        actor: null,
      });
  });
}
