import { lazy } from 'react';
import type { FeatureManifest } from '../feature';

/** 登录 (its own chunk: a user with a session never loads it, nor the form library it needs). */
export const authFeature: FeatureManifest = {
  key: 'auth',
  i18n: ['auth'],
  pages: [{ path: '/login', perms: [], isPublic: true, page: lazy(() => import('./LoginPage')) }],
};
