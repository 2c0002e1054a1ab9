import type { Answer } from '../../api/paths';

export type Customer = Answer<'/customers/{id}'>;
export type Vehicle = Answer<'/vehicles/{id}'>;
export type Contact = Customer['contacts'][number];

export type SearchItem = Answer<'/search'>['items'][number];

/** Where a search hit opens: the customer's drawer, with the vehicle picked out. */
export const customerPath = (customerId: string, vehicleId?: string) =>
  `/customers/${customerId}${vehicleId ? `?vehicle=${encodeURIComponent(vehicleId)}` : ''}`;
