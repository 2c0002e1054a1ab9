/** 客户与车辆 and the global search. Merged into zh-CN. */
export const customersZh = {
  search: {
    placeholder: '车牌 / VIN 后 6 位 / 手机 / 姓名', vehicles: '车辆', customers: '客户', noResult: '未找到车辆或客户', minChars: '至少输入 2 个字符',
  },
  cust: {
    new: '新增客户', editTitle: '编辑客户:{{name}}', detail: '客户详情', name: '客户姓名', companyName: '单位名称', nameRequired: '请填写客户名称',
    kind: '客户类型', kinds: { person: '个人', company: '单位' }, isVip: 'VIP 客户', uscc: '统一社会信用代码',
    usccRequired: '单位客户须填写统一社会信用代码', usccLength: '统一社会信用代码为 18 位', phone: '电话', address: '地址', notes: '备注',
    contacts: '联系人', contactName: '联系人姓名', contactNameRequired: '请填写联系人姓名', contactPhone: '联系电话', contactRole: '职务 / 关系',
    addContact: '添加联系人', noContacts: '暂无联系人',
    vehicles: '车辆', models: '车型', warranty: '保修状态', underWarrantyN: '在保 {{count}}', outOfWarrantyN: '过保 {{count}}', noVehicles: '无车辆',
    searchPlaceholder: '姓名、电话、车牌或 VIN', noMatch: '没有符合条件的客户', empty: '还没有客户。',
    emptyCanEdit: '还没有客户。点击「新增客户」登记客户,再为其添加车辆。',
    vehiclesTab: '车辆({{count}})', noVehiclesYet: '还没有登记车辆。', noVehiclesCanEdit: '还没有登记车辆。点击右上角「添加车辆」登记车架号和车牌。',
    history: '维修历史', noHistory: '暂无维修记录',
    hist: { number: '工单号', receivedAt: '进厂时间', plate: '车牌', type: '类型', mileage: '进厂里程', concerns: '客户描述', amount: '金额' },
  },
  vehicle: {
    add: '添加车辆', addFor: '为「{{name}}」添加车辆', editTitle: '编辑车辆:{{name}}', book: '预约',
    vin: '车架号 VIN', vinHint: '17 位,不含 I、O、Q;系统自动核对第 9 位校验位', vinRequired: '请填写车架号',
    vinRule: '车架号须为 17 位字母或数字,且不含 I、O、Q', vinCheckInvalid: '校验位不符(已确认)',
    vinConfirmTitle: '车架号校验位不符', vinConfirmContent: '请核对车辆铭牌或行驶证上的车架号。进口车可能如此,确认无误继续保存?',
    vinConfirmOk: '确认无误,继续保存', vinConfirmCancel: '返回修改',
    plate: '车牌号', plateHint: '新能源车牌为 8 位', noPlate: '未上牌', newEnergy: '新能源车牌', brand: '品牌', model: '车型',
    modelFamily: '车型系列', modelFamilyHint: '用于匹配标准工时中按车型系列的工时;留空则同车型', modelYear: '年款', yearN: '{{year}} 款',
    mileage: '行驶里程', mileageHint: '里程只增不减(已记录 {{km}} km)', purchasedOn: '购车日期', warranty: '整车保修',
    warrantyUntil: '保修截止日期', warrantyKm: '保修里程', underWarranty: '在保', outOfWarranty: '过保', warrantyUnknown: '未登记',
  },
};
