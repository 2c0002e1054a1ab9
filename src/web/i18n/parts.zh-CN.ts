/** 配件:库存、库位、捡料、待料. Merged into zh-CN. */
export const partsZh = {
  parts: {
    cols: { partNo: '配件编号', name: '名称', locations: '库位', onHand: '在库', reserved: '预留', available: '可用', backordered: '待料', value: '成本金额' },
    lineStatus: { reserved: '已预留', short: '缺件', issued: '已出库', released: '已释放' },
    adjust: '盘点', adjustTitle: '盘点调整:{{name}}', adjusted: '盘点已调整', avgCost: '平均成本', avgValue: '平均库存金额 {{value}}',
    confirmedAt: '确认时间', costRequired: '请填写进价', countedQty: '实盘数量', deleteLocation: '删除库位 {{code}}?', editLocation: '编辑库位',
    fillRate: '配件满足率', fillRateDetail: '领料时满足 {{filled}} / {{picked}} 行', inactive: '停用', issueCost: '出库成本', issued: '已领',
    location: '库位', locationCode: '库位编码', locationCodeRule: '库位编码须为 1–20 位字母、数字或 -(如 A-01-01)', locationName: '库位名称',
    locationRequired: '请选择库位', newLocation: '新增库位', noBackorders: '没有待料的配件', noOrders: '没有需要领料的工单', partLines: '配件',
    pickAll: '全部出库', pickAllConfirm: '按已预留数量全部出库?', pickOrder: '在左侧选择工单查看领料单', picked: '已出库', pickingList: '领料单',
    pickingTitle: '领料单:{{number}} {{plate}}', plate: '车牌', qty: '数量', qtyRequired: '请填写数量', reason: '调整原因',
    reasonPlaceholder: '如:月末盘点、破损', reasonRequired: '请填写调整原因', receipt: '入库', receiptTitle: '采购入库:{{name}}', received: '已入库',
    requested: '需求', return: '退料', returnTitle: '退料:{{name}}', returned: '已退料入库', searchPlaceholder: '配件编号 / 名称', short: '缺件',
    statsTitle: '配件指标', tabLocations: '库位', tabStock: '库存', toPick: '应领', turnover: '库存周转率', turnoverDetail: '年化 {{annual}} 次',
    unitCost: '进价(元/单位)', unitCostHint: '按移动加权平均计入成本', workOrder: '工单',
  },
};
