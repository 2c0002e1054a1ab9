import type { FeatureManifest } from '../feature';
import LoginPage from './LoginPage';

/** 登录 (in the main bundle: it is the first page of a new session). */
export const authFeature: FeatureManifest = {
  key: 'auth',
  i18n: ['auth'],
  pages: [{ path: '/login', perms: [], isPublic: true, page: LoginPage }],
};
