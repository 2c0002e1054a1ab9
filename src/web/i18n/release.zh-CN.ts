/** 门卫放行 (出门证). Merged into zh-CN. */
export const releaseZh = {
  gate: {
    search: '出门证号 / 车牌',
    number: '出门证号',
    plate: '车牌',
    car: '车型 · 客户',
    basis: '放行依据',
    bases: { settled: '已结清', on_account: '挂账', internal: '内部工单' },
    issuedAt: '开具时间',
    status: { issued: '待放行', exited: '已放行' },
    letOut: '放行',
    print: '打印出门证',
    checkTitle: '放行:出门证 {{number}}',
    checkHint: '核对车辆车牌与出门证一致({{plate}})后放行;出门证一证一车一次有效。',
    plateSeen: '实际车牌(可选)',
    plateSeenHint: '填写时须与出门证车牌一致',
    exited: '{{plate}} 已放行出厂',
    noneWaiting: '没有待放行的车辆',
    noneExited: '没有已放行的记录',
  },
};
