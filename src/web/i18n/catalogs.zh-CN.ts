/** 标准工时、工时单价、配件目录. Merged into zh-CN. */
export const catalogsZh = {
  catalog: {
    code: '代码', codeRequired: '请填写代码', codeRule: '代码须为 1–30 位字母、数字或 . _ -', laborName: '工时项目', nameRequired: '请填写名称',
    trade: '工种', tradeRequired: '请选择工种', category: '维修类别', defaultHours: '标准工时(h)', hoursRequired: '请填写工时',
    hoursByFamily: '按车型系列工时', hoursByFamilyHint: '某车型系列的工时与标准工时不同时填写;开单时按车辆的车型系列自动取用。',
    family: '车型系列,如 朗逸、ID.4', familyRequired: '请填写车型系列', addFamily: '添加车型系列工时', sameForAll: '各车型相同',
    active: '启用', inactive: '停用', laborNew: '新增工时项目', laborEdit: '编辑工时项目:{{name}}', laborSearch: '代码或名称',
    laborEmpty: '还没有标准工时项目。', laborEmptyCanEdit: '还没有标准工时项目。点击「新增工时项目」,或下载模板填写后「导入」。',
    noMatch: '没有符合条件的记录',
    ratesTitle: '工时单价(元 / 小时)', ratesHint: '按工种和技术等级计价', ratesHintEdit: '修改后按回车或离开输入框即保存',
    ratePerHour: '{{grade}}', rateUnset: '未设置', rateSaved: '已保存:{{trade}} {{grade}} {{rate}}/小时',
    partNo: '配件号', partNoRequired: '请填写配件号', partNoRule: '配件号须为 1–40 位字母、数字或 . / _ -', partName: '配件名称',
    brand: '品牌', unit: '单位', unitRequired: '请填写单位', retailPrice: '零售价', costPrice: '成本价', priceRequired: '请填写价格',
    genuine: '原厂件', genuineYes: '原厂', genuineNo: '非原厂', partNew: '新增配件', partEdit: '编辑配件:{{name}}', partSearch: '配件号或名称',
    partsEmpty: '还没有配件。', partsEmptyCanEdit: '还没有配件。点击「新增配件」,或下载模板填写后「导入」。',
    import: '导入', downloadTemplate: '下载模板', laborTemplateName: '标准工时导入模板.xlsx', partsTemplateName: '配件导入模板.xlsx',
    imported: '已导入 {{count}} 行', importFailedTitle: '导入失败', importNothing: '文件中有错误,没有导入任何数据。请按下表修改后重新导入。',
    importRow: '行号', importColumn: '列', importMessage: '问题',
    columns: {
      code: '代码', name: '名称', trade: '工种', category: '类别', defaultHours: '标准工时', hoursByFamily: '车型系列工时',
      partNo: '配件号', unit: '单位', retailPriceFen: '零售价', costPriceFen: '成本价', isGenuine: '原厂件', brand: '品牌', file: '文件',
    },
  },
};
