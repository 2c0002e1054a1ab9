/** 首页今日看板. Merged into zh-CN. */
export const todayZh = {
  today: {
    cards: {
      arrivals: '今日到店台次',
      withAppointment: '其中预约',
      appointments: '今日预约',
      inRepair: '在修工单',
      labor: '今日工时收入',
      parts: '今日配件收入',
      collected: '今日实收',
    },
    weekTitle: '近 7 天营收与到店台次',
    statusTitle: '在办工单(按状态)',
    labor: '工时收入',
    parts: '配件收入',
    arrivalsSeries: '到店台次',
    noWeek: '近 7 天还没有到店和结算',
    noOrders: '没有在办的工单',
  },
};
