import { lazy } from 'react';
import { CarOutlined } from '@ant-design/icons';
import type { Permission } from '../../../domain/auth/permissions';
import type { FeatureManifest } from '../feature';

const CustomersPage = lazy(() => import('./CustomersPage'));
const READERS: Permission[] = ['customers.manage', 'appointments.manage', 'tickets.handle', 'work-orders.manage'];

/** 客户与车辆; /customers/:id opens a customer's drawer over the list. */
export const customersFeature: FeatureManifest = {
  key: 'customers',
  i18n: ['cust', 'vehicle', 'search'],
  pages: [
    { path: '/customers', perms: READERS, page: CustomersPage, menu: { group: 'customers', label: 'nav.customers', icon: <CarOutlined />, order: 10 } },
    { path: '/customers/:id', perms: READERS, page: CustomersPage, under: '/customers' },
  ],
};
