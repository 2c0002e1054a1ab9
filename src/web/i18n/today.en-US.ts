/** Home page, today panel, English. Same keys as today.zh-CN.ts. */
export const todayEn = {
  today: {
    cards: {
      arrivals: 'Cars in today',
      withAppointment: 'With appointment',
      appointments: 'Appointments today',
      inRepair: 'In repair',
      labor: 'Labor today',
      parts: 'Parts today',
      collected: 'Collected today',
    },
    weekTitle: 'Last 7 days: revenue and cars in',
    statusTitle: 'Open work orders by status',
    labor: 'Labor',
    parts: 'Parts',
    arrivalsSeries: 'Cars in',
    noWeek: 'No arrivals or settlements in the last 7 days',
    noOrders: 'No open work orders',
  },
};
