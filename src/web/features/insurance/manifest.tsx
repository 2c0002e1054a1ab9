import { lazy } from 'react';
import { CarOutlined, FileProtectOutlined, FundOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 保险/事故 workspace (cases, 定损 versions, documents, receivables) and the loaner fleet (代步车). */
export const insuranceFeature: FeatureManifest = {
  key: 'insurance',
  i18n: ['ins', 'loaner'],
  pages: [
    {
      path: '/insurance/cases',
      perms: ['insurance.manage'],
      page: lazy(() => import('./CasesPage')),
      menu: { group: 'reception', label: 'ins.nav', icon: <FileProtectOutlined />, order: 30 },
    },
    { path: '/insurance/cases/:id', perms: ['insurance.manage', 'reports.read'], page: lazy(() => import('./CaseDetailPage')), under: '/insurance/cases' },
    {
      path: '/insurance/receivables',
      perms: ['insurance.manage', 'reports.read'],
      page: lazy(() => import('./ReceivablesPage')),
      menu: { group: 'reception', label: 'ins.navReceivables', icon: <FundOutlined />, order: 31 },
    },
    {
      path: '/reception/loaners',
      perms: ['work-orders.manage', 'insurance.manage'],
      page: lazy(() => import('./LoanersPage')),
      menu: { group: 'reception', label: 'loaner.nav', icon: <CarOutlined />, order: 32 },
    },
  ],
};
