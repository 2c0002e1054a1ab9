/** 汽车维修电子健康档案. Merged into zh-CN. */
export const ehealthZh = {
  eh: {
    nav: '电子健康档案',
    statusLabel: '上传状态',
    status: { failed: '失败', pending: '待上传', sent: '已上传', all: '全部' },
    workOrder: '工单号',
    plate: '车牌号',
    settlement: '结算清单 · 结算日期',
    attempts: '尝试次数',
    lastError: '错误 / 上传时间',
    nextAt: '{{at}} 重试',
    retry: '重新上传',
    company: '维修企业',
    mileage: '送修里程',
    repairDate: '维修日期',
    fault: '故障描述',
    parts: '配件(名称、编码、数量)',
    items: '维修项目及工时',
  },
};
