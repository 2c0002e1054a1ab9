import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  BuildOutlined,
  CalendarOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  SafetyOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  CarOutlined,
  SolutionOutlined,
  TeamOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { MenuGroupKey } from '../features/feature';

export interface MenuGroupDef {
  key: MenuGroupKey;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
}

/** The workspaces of the menu, in menu order (UX.md: 客户, 预约, 接待, 结算, 车间, 配件, 现场服务, 客户关系, 组织, 网络, 设置). */
export const MENU_GROUPS: readonly MenuGroupDef[] = [
  { key: 'customers', label: 'nav.customersGroup', icon: <ContactsOutlined /> },
  { key: 'appointments', label: 'nav.appointmentsGroup', icon: <CalendarOutlined /> },
  { key: 'reception', label: 'nav.receptionGroup', icon: <SolutionOutlined /> },
  { key: 'cashier', label: 'nav.cashierGroup', icon: <WalletOutlined /> },
  { key: 'workshop', label: 'nav.workshopGroup', icon: <BuildOutlined /> },
  { key: 'parts', label: 'nav.partsGroup', icon: <ShoppingCartOutlined /> },
  { key: 'field', label: 'fld.group', icon: <CarOutlined /> },
  { key: 'crm', label: 'nav.crm', icon: <CustomerServiceOutlined /> },
  { key: 'warranty', label: 'nav.warrantyGroup', icon: <SafetyOutlined /> },
  { key: 'org', label: 'nav.org', icon: <ApartmentOutlined /> },
  { key: 'network', label: 'nav.network', icon: <ShopOutlined /> },
  { key: 'settings', label: 'nav.settings', icon: <TeamOutlined /> },
];
