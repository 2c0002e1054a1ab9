/** Customer pages (no login): feedback form, status page, survey. Merged into zh-CN. */
export const feedbackZh = {
  feedback: {
    brand: '客户服务中心', title: '意见反馈 / 投诉', intro: '请告诉我们您遇到的问题或建议,我们会在工作时间尽快与您联系。提交后可凭查询链接随时查看处理进度。',
    kind: '类型', subject: '主题', subjectPlaceholder: '一句话概括问题', description: '详细描述', descriptionRequired: '请描述遇到的问题',
    descriptionPlaceholder: '时间、地点、车辆情况、经过……', name: '您的称呼', nameRequired: '请填写您的称呼', mobile: '手机号',
    mobileHint: '仅用于联系您', mobileRule: '请填写 11 位手机号', email: '邮箱', vehicle: '车牌号 / VIN',
    attachments: '图片或文件', attachmentsHint: '最多 3 个,JPG/PNG/WebP/PDF,每个不超过 2 MB', chooseFiles: '选择文件',
    attachment: { type: '{{name}}:只能上传 JPG、PNG、WebP 图片或 PDF', size: '{{name}}:文件超过 2 MB' },
    submit: '提交', privacy: '您的信息仅用于处理本次反馈。', tooMany: '提交过于频繁,请稍后再试',
    thanks: '提交成功,感谢您的反馈', numberIs: '受理编号:{{number}}', keepLink: '请保存下面的查询链接,用于查看处理进度:', viewStatus: '查看处理进度',
    statusTitle: '处理进度', number: '受理编号', submittedAt: '提交时间', handledBy: '处理单位', progress: '处理记录',
    notFound: '未找到该反馈', newFeedback: '提交新的反馈',
    confirmAsk: '我们已处理您的问题,请确认结果:', solved: '问题已解决', notSolved: '仍未解决', confirmedThanks: '感谢确认!',
    notSolvedHint: '请告诉我们还有哪些问题没有解决,我们会重新处理。', sendReopen: '提交', reopened: '已通知处理人员重新处理',
    surveyInvite: '邀请您为本次服务评价', surveyGo: '去评价',
    escalate: '投诉升级', escalateIntro: '对处理进度或结果不满意?您可以将投诉升级。', escalateTo: '反映给',
    toSuperior: '处理人的上一级', toLeadership: '直接反映给领导', escalateReason: '原因', escalateReasonRequired: '请说明原因',
    escalateSubmit: '提交升级', escalated: '已升级,相关负责人会尽快与您联系',
    events: {
      created: '已受理您的反馈', assigned: '已安排专人处理', respond: '已联系您', reply: '客服回复', resolve: '已处理完毕', confirm: '您已确认解决',
      reopen: '重新处理', close: '已结案', escalated: '已升级', update: '处理进展',
    },
    surveyTitle: '满意度评价', surveyIntro: '感谢您的耐心。请为本次服务打分(1–5 星),您的评价将帮助我们改进。',
    rateRequired: '请打分', rate: { '1': '很不满意', '2': '不满意', '3': '一般', '4': '满意', '5': '非常满意' },
    surveyComment: '其他意见(可选)', surveySubmit: '提交评价', surveyThanks: '感谢您的评价!', surveyThanksHint: '我们会认真对待每一条意见。',
    surveyNotFound: '未找到该评价',
  },
};
