import type { Customer, Vehicle } from '../../../contracts/customers';

export type { Customer, Vehicle };
export type Contact = Customer['contacts'][number];

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SearchItem {
  type: 'vehicle' | 'customer';
  id: string;
  customerId: string;
  title: string;
  subtitle: string;
  matched: string;
}

/** Where a search hit opens: the customer's drawer, with the vehicle picked out. */
export const customerPath = (customerId: string, vehicleId?: string) =>
  `/customers/${customerId}${vehicleId ? `?vehicle=${encodeURIComponent(vehicleId)}` : ''}`;
