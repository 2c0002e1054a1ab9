import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 待我审批: every pending approval the user may decide (discounts, compensation, later warranty and purchasing). */
export const approvalsFeature: FeatureManifest = {
  key: 'approvals',
  i18n: ['approvals'],
  pages: [{ path: '/approvals', perms: [], page: lazy(() => import('./ApprovalsPage')), menu: { label: 'approvals.nav', icon: <AuditOutlined />, order: 1 } }],
};
