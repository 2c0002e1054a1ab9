/** 简体中文 (default). Plural forms: zh has none; en-US adds _one/_other. */
import { feedbackZh } from './feedback.zh-CN';
import { ticketsZh } from './tickets.zh-CN';
import { customersZh } from './customers.zh-CN';
import { appointmentsZh } from './appointments.zh-CN';
import { catalogsZh } from './catalogs.zh-CN';
import { workOrdersZh } from './workorders.zh-CN';
import { cashierZh } from './cashier.zh-CN';
import { todayZh } from './today.zh-CN';
import { workshopZh } from './workshop.zh-CN';
import { partsZh } from './parts.zh-CN';

export const zhCN = {
  app: { name: '售后服务管理系统', shortName: '售后服务管理' },
  nav: {
    home: '首页', org: '组织', orgChart: '组织结构图', positions: '岗位职责', staffing: '编制表', employees: '员工',
    network: '网络', servicePoints: '服务网点', settings: '设置', users: '用户', audit: '审计日志', tokens: 'API 令牌',
    crm: '客户关系', tickets: '客户反馈', crmDashboard: '客户关系看板', improvement: '服务改进', ticketSettings: '投诉设置',
    customersGroup: '客户', customers: '客户与车辆', appointmentsGroup: '预约', appointments: '预约看板', laborCatalog: '标准工时', partsCatalog: '配件目录',
    receptionGroup: '接待', workOrders: '工单', reception: '接车开单', cashierGroup: '结算', cashier: '收银结算', followUps: '回访',
    workshopGroup: '车间', board: '维修看板', myJobs: '我的工作', qc: '质检', workshopKpis: '车间指标',
    partsGroup: '配件', stock: '库存', picking: '捡料', backorders: '待料',
  },
  common: {
    save: '保存', cancel: '取消', ok: '知道了', edit: '编辑', delete: '删除', view: '查看', refresh: '刷新', retry: '重试',
    actions: '操作', status: '状态', saved: '已保存', deleted: '已删除',
    staleVersion: '该记录已被他人修改,请刷新后重试',
    loadFailed: '加载失败', forbiddenPage: '您的岗位没有查看此页面的权限。如需开通,请联系系统管理员。',
    notFoundPage: '页面不存在', totalItems: '共 {{count}} 条',
  },
  auth: {
    subtitle: '维修站与服务网络的售后管理', username: '用户名', password: '密码', login: '登录',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码', loginFailed: '登录失败', customerFeedback: '客户意见反馈',
  },
  layout: {
    servicePoint: '当前服务网点', changePassword: '修改密码', logout: '退出登录', superuser: '超级管理员',
    currentPassword: '当前密码', currentPasswordRequired: '请输入当前密码', newPassword: '新密码',
    newPasswordRule: '密码至少 8 位', confirmPassword: '确认新密码', confirmPasswordRequired: '请再次输入新密码',
    passwordMismatch: '两次输入的密码不一致', passwordChanged: '密码已修改',
    notifications: '通知', unreadCount: '{{count}} 条未读', noNotifications: '暂无通知',
  },
  status: {
    headcount: { ok: '编制内', under: '缺编', vacant: '空缺', over: '超编' },
    cert: { valid: '有效', expiring: '即将到期', expired: '已过期', 'no-expiry': '长期有效' },
  },
  trade: { mechanical: '机电', body: '钣金', paint: '喷漆', electrical: '电工', installation: '安装', field: '现场服务', other: '其他' },
  grade: { master: '师傅', mid: '中工', apprentice: '徒弟', staff: '职员' },
  perm: {
    'org.read': '查看组织', 'org.manage': '管理组织与岗位', 'employees.manage': '管理员工', 'service-points.manage': '管理服务网点',
    'users.manage': '管理用户', 'audit.read': '查看审计日志', 'tokens.manage': '管理 API 令牌', 'settings.manage': '系统设置',
    'reports.read': '查看报表', 'customers.manage': '管理客户', 'appointments.manage': '预约管理', 'work-orders.manage': '工单管理',
    'workshop.dispatch': '车间派工', 'workshop.work': '维修作业', 'qc.inspect': '质量检验', 'parts.manage': '配件管理',
    'cashier.settle': '收银结算', 'followups.call': '客户回访', 'tickets.handle': '处理客户反馈', 'tickets.supervise': '督办客户反馈',
    'claims.manage': '三包索赔', 'insurance.manage': '保险理赔', 'training.manage': '培训管理',
  },
  home: {
    welcome: '您好,{{name}}', nothingForRole: '您的岗位暂无可显示的组织数据。左侧菜单中是您可以使用的功能。',
    cards: { positions: '岗位数', headcount: '在岗 / 编制人数', vacant: '空缺岗位', certs: '证书即将到期' },
    expiredSuffix: ' · 已过期 {{count}}', headcountByDept: '各部门编制与在岗人数', planned: '编制', actual: '在岗',
    noDepartment: '未分部门', noPositions: '还没有岗位。请联系管理员建立组织结构。',
    noPositionsCanEdit: '还没有岗位。先在组织结构图中新增岗位并设置编制。', goChart: '去建立组织结构',
    certAlerts: '证书提醒', viewAll: '查看员工', noCertAlerts: '没有即将到期或已过期的证书', expiresOn: '到期日 {{date}}',
  },
  org: {
    jobDescription: '岗位职责', title: '岗位', titleZh: '岗位名称(中文)', titleEn: '岗位名称(英文)', titleRequired: '请填写岗位名称',
    department: '部门', grade: '职级', superior: '直接上级', noSuperior: '无(最高岗位)', subordinates: '直接下级',
    collaborators: '横向协作', planned: '编制', actual: '在岗', actualPlanned: '在岗/编制', plannedRequired: '请填写编制人数',
    duties: '岗位职责', authorities: '工作权限', reportsUpward: '汇报内容', holders: '任职人员', noHolders: '暂无任职人员',
    permissions: '系统权限', noneYet: '尚未填写', onePerLine: '每行一条',
    limitDiscount: '折扣权限', limitGoodwill: '善意维修额度', limitCompensation: '投诉赔偿额度', limitNone: '无',
    headOfLabel: '负责人标记', headOf: { 'customer-service': '客服负责人', sales: '销售负责人' },
    headcountAlert: {
      under: '缺编 {{gap}} 人:编制 {{planned}} 人,在岗 {{actual}} 人。',
      vacant: '岗位空缺:编制 {{planned}} 人,目前无人在岗。',
      over: '超编 {{gap}} 人:编制 {{planned}} 人,在岗 {{actual}} 人。',
    },
    newPosition: '新增岗位', editPosition: '编辑岗位:{{title}}', deleteConfirm: '确定删除岗位「{{title}}」吗?',
    exportPng: '导出 PNG', exportSvg: '导出 SVG', exportFileName: '组织结构图', fitView: '适应窗口',
    positionCount: '{{count}} 个岗位', violationsTitle: '组织结构有 {{count}} 处不符合规定',
    legendSuperior: '直接上级', legendCollab: '横向协作',
    chartHint: '点击岗位查看岗位职责;滚轮缩放,拖动平移。',
    emptyChart: '还没有岗位。请联系管理员建立组织结构。', emptyChartCanEdit: '还没有岗位。点击「新增岗位」从最高岗位(如总经理)开始建立组织结构。',
    searchTitle: '搜索岗位名称',
  },
  staffing: {
    totals: { planned: '编制人数', actual: '在岗人数', under: '缺编岗位', vacant: '空缺岗位', over: '超编岗位' },
    exportExcel: '导出 Excel', gap: '缺口', total: '合计', summaryLine: '空缺 {{vacant}} 个岗位,超编 {{over}} 个岗位',
    empty: '还没有岗位编制。请先在组织结构图中建立岗位并填写编制人数。',
  },
  employees: {
    new: '新增员工', editTitle: '编辑员工:{{name}}', employeeNo: '工号', employeeNoHint: '留空则自动编号', name: '姓名',
    nameRequired: '请填写姓名', gender: '性别', genders: { M: '男', F: '女' }, phone: '手机号', phoneRequired: '请填写手机号',
    phoneRule: '手机号须为 11 位数字,以 13–19 开头', trade: '工种', skillGrade: '技术等级', hiredOn: '入职日期',
    active: '在职', inactive: '离职', position: '岗位', positionRequired: '请选择岗位', team: '班组', teamOptional: '班组(可选)',
    primary: '主岗', secondary: '兼岗', assignments: '岗位与班组', addAssignment: '添加岗位',
    certifications: '证书', certName: '证书名称', certNameRequired: '请填写证书名称', certNumber: '证书编号', expiresOn: '到期日',
    noCertifications: '暂无证书。技术人员须持证上岗。', addCertification: '添加证书',
    searchPlaceholder: '姓名、工号或手机号', noMatch: '没有符合条件的员工', empty: '还没有员工。',
    emptyCanEdit: '还没有员工。点击「新增员工」,或下载模板填写后「导入」。',
    import: '导入', downloadTemplate: '下载模板', imported: '已导入 {{count}} 名员工',
    importFailedTitle: '导入失败', importNothing: '文件中有错误,没有导入任何员工。请按下表修改后重新导入。',
    importRow: '行号', importColumn: '列', importMessage: '问题',
    columns: {
      employeeNo: '工号', name: '姓名', gender: '性别', phone: '手机号', trade: '工种', skillGrade: '技术等级', hiredOn: '入职日期',
      position: '岗位', positionTitle: '岗位', team: '班组', teamName: '班组', certification: '证书', certificationName: '证书名称',
      certificationNumber: '证书编号', certificationExpiresOn: '证书到期日', file: '文件',
    },
  },
  points: {
    new: '新增网点', editTitle: '编辑网点:{{name}}', addChild: '新增下级', name: '网点名称', nameZh: '中文名称', nameEn: '英文名称',
    nameRequired: '请填写中文名称', code: '编码', codeRule: '编码须为 2–20 位字母、数字或连字符', kind: '类型',
    kinds: { hq: '总部', regional: '区域中心', station: '服务站', franchise: '特约服务商' },
    parent: '上级网点', parentRequired: '请选择上级网点', contact: '联系人', contactName: '联系人', contactPhone: '联系电话',
    address: '地址', regions: '服务区域', regionsHint: '选择省、市或区县;选中上级即包含其全部下级。',
    regionsPlaceholder: '选择覆盖的行政区划', moreRegions: '等 {{count}} 个', timeZone: '时区',
  },
  users: {
    new: '新增用户', editTitle: '编辑用户:{{name}}', username: '用户名', usernameRequired: '请填写用户名', displayName: '显示名称',
    displayNameRequired: '请填写显示名称', password: '初始密码', newPassword: '重设密码', passwordRequired: '请设置初始密码',
    passwordKeep: '留空则不修改密码', servicePoint: '所属网点', employee: '对应员工', noEmployee: '未关联',
    employeeHint: '用户的权限来自该员工所任岗位', superuser: '超级管理员', superuserHint: '拥有全部权限,请谨慎授予',
    role: '权限来源', byPositions: '按岗位', active: '启用', disabled: '已停用',
  },
  audit: {
    at: '时间', actor: '操作人', system: '系统', action: '动作', entityType: '对象类型', summary: '摘要',
    entityTypePlaceholder: '按对象类型筛选,如 position', field: '字段', before: '修改前', after: '修改后',
    noChanges: '没有字段变化',
    actions: { create: '新增', update: '修改', delete: '删除', login: '登录', logout: '退出', import: '导入', install: '初始化', revoke: '吊销', password: '改密码' },
    entities: { position: '岗位', employee: '员工', user: '用户', service_point: '服务网点', department: '部门', team: '班组', api_token: 'API 令牌' },
  },
  tokens: {
    new: '创建令牌', create: '创建', intro: '外部系统(如厂家 DMS、呼叫中心)用 API 令牌访问本系统:请求头 Authorization: Bearer <令牌>。令牌拥有您的权限。',
    name: '名称', namePlaceholder: '如:呼叫中心对接', nameRequired: '请填写名称', prefix: '前缀', createdAt: '创建时间',
    expiresAt: '到期时间', expiresHint: '留空表示长期有效', lastUsedAt: '最近使用', never: '长期有效',
    statusActive: '有效', statusExpired: '已过期', statusRevoked: '已吊销', revoke: '吊销', revokeConfirm: '吊销令牌「{{name}}」?使用它的系统将无法再访问。',
    revoked: '令牌已吊销', empty: '还没有令牌', createdTitle: '令牌已创建', shownOnce: '请立即复制并妥善保存。关闭后将无法再次查看此令牌。',
    copy: '复制', copied: '已复制到剪贴板', copyManually: '无法访问剪贴板,请手动选择复制', done: '我已保存',
  },
  ...ticketsZh,
  ...feedbackZh,
  ...customersZh,
  ...appointmentsZh,
  ...catalogsZh,
  ...workOrdersZh,
  ...cashierZh,
  ...todayZh,
  ...workshopZh,
  ...partsZh,
};

export type Dictionary = typeof zhCN;
