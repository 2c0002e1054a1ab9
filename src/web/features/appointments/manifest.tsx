import { lazy } from 'react';
import { ScheduleOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 预约看板. */
export const appointmentsFeature: FeatureManifest = {
  key: 'appointments',
  i18n: ['appt'],
  pages: [
    {
      path: '/appointments',
      perms: ['appointments.manage', 'workshop.dispatch'],
      page: lazy(() => import('./AppointmentsPage')),
      menu: { group: 'appointments', label: 'nav.appointments', icon: <ScheduleOutlined />, order: 10 },
    },
  ],
};
