/** Customer pages, English. Same keys as feedback.zh-CN.ts. */
export const feedbackEn = {
  feedback: {
    brand: 'Customer service', title: 'Feedback / complaint', intro: 'Tell us about a problem or a suggestion; we will contact you soon during working hours. Afterwards you can follow the progress with your status link.',
    kind: 'Type', subject: 'Subject', subjectPlaceholder: 'The problem in one line', description: 'Details', descriptionRequired: 'Describe the problem',
    descriptionPlaceholder: 'When, where, the vehicle, what happened…', name: 'Your name', nameRequired: 'Enter your name', mobile: 'Mobile',
    mobileHint: 'Only to contact you', mobileRule: 'Enter an 11-digit mobile number', email: 'E-mail', vehicle: 'Plate / VIN',
    attachments: 'Photos or files', attachmentsHint: 'Up to 3, JPG/PNG/WebP/PDF, 2 MB each', chooseFiles: 'Choose files',
    attachment: { type: '{{name}}: only JPG, PNG, WebP images or PDF', size: '{{name}}: larger than 2 MB' },
    submit: 'Send', privacy: 'Your details are used only to handle this feedback.', tooMany: 'Too many submissions; please try again later',
    thanks: 'Thank you, we received your feedback', numberIs: 'Reference: {{number}}', keepLink: 'Keep this link to follow the progress:', viewStatus: 'Follow progress',
    statusTitle: 'Progress', number: 'Reference', submittedAt: 'Sent', handledBy: 'Handled by', progress: 'History',
    notFound: 'Feedback not found', newFeedback: 'Send new feedback',
    confirmAsk: 'We have handled your problem. Please confirm:', solved: 'It is solved', notSolved: 'Not solved yet', confirmedThanks: 'Thank you for confirming!',
    notSolvedHint: 'Tell us what is still wrong and we will handle it again.', sendReopen: 'Send', reopened: 'We will handle it again',
    surveyInvite: 'Please rate our service', surveyGo: 'Rate',
    escalate: 'Escalate', escalateIntro: 'Not happy with the progress or result? You can escalate your complaint.', escalateTo: 'Send to',
    toSuperior: "The handler's superior", toLeadership: 'Straight to the management', escalateReason: 'Reason', escalateReasonRequired: 'Please give a reason',
    escalateSubmit: 'Escalate', escalated: 'Escalated; the person in charge will contact you soon',
    events: {
      created: 'We received your feedback', assigned: 'Assigned to a specialist', respond: 'We contacted you', reply: 'Reply', resolve: 'Handled', confirm: 'You confirmed it is solved',
      reopen: 'Handling again', close: 'Closed', escalated: 'Escalated', update: 'Update',
    },
    surveyTitle: 'How did we do?', surveyIntro: 'Thank you for your patience. Please rate our service (1–5 stars); it helps us improve.',
    rateRequired: 'Please rate', rate: { '1': 'Very unhappy', '2': 'Unhappy', '3': 'OK', '4': 'Happy', '5': 'Very happy' },
    surveyComment: 'Anything else (optional)', surveySubmit: 'Send rating', surveyThanks: 'Thank you for your rating!', surveyThanksHint: 'We read every comment.',
    surveyNotFound: 'Survey not found',
  },
};
