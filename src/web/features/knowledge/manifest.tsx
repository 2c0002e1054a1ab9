import { lazy } from 'react';
import { BookOutlined, LineChartOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** 技术支持: the knowledge base (write, review, publish) and the difficult-case requests (answer, pass up). */
export const knowledgeFeature: FeatureManifest = {
  key: 'knowledge',
  i18n: ['kb'],
  pages: [
    {
      path: '/tech/knowledge',
      perms: ['knowledge.write', 'knowledge.publish', 'tech.support', 'workshop.work'],
      page: lazy(() => import('./KnowledgePage')),
      menu: { group: 'workshop', label: 'kb.nav', icon: <BookOutlined />, order: 50 },
    },
    {
      path: '/tech/requests',
      perms: ['tech.support', 'workshop.work', 'knowledge.write'],
      page: lazy(() => import('./TechRequestsPage')),
      menu: { group: 'workshop', label: 'kb.requestsNav', icon: <QuestionCircleOutlined />, order: 60 },
    },
    {
      path: '/quality',
      perms: ['quality.manage'],
      page: lazy(() => import('./QualityPage')),
      menu: { group: 'warranty', label: 'kb.q.nav', icon: <LineChartOutlined />, order: 80 },
    },
  ],
};
