import { lazy } from 'react';
import type { FeatureManifest } from '../feature';

/** The customer's pages (no login): the feedback form, the status page, the survey. */
export const feedbackFeature: FeatureManifest = {
  key: 'feedback',
  i18n: ['feedback'],
  pages: [
    { path: '/feedback', perms: [], isPublic: true, page: lazy(() => import('./FeedbackFormPage')) },
    { path: '/feedback/status/:token', perms: [], isPublic: true, page: lazy(() => import('./FeedbackStatusPage')) },
    { path: '/feedback/survey/:token', perms: [], isPublic: true, page: lazy(() => import('./SurveyPage')) },
  ],
};
