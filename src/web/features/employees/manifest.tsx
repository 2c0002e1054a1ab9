import { lazy } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 员工. */
export const employeesFeature: FeatureManifest = {
  key: 'employees',
  i18n: ['employees'],
  pages: [
    {
      path: '/org/employees',
      perms: ['org.read'],
      page: lazy(() => import('./EmployeesPage')),
      menu: { group: 'org', label: 'nav.employees', icon: <IdcardOutlined />, order: 40 },
    },
  ],
};
