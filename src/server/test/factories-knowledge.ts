/** Factories of the technical-support feature (knowledge articles, staff at other points), through the API. */
import type { Article, ArticleInput } from '../../contracts/knowledge.js';
import type { Permission } from '../../domain/auth/permissions.js';
import type { Harness } from './harness.js';
import { type Factories, ok, type Session } from './factories.js';

export function createKnowledgeFactories(_h: Harness, f: Factories) {
  let n = 0;
  /** A draft article by `as` (default: the demo 技术主管), published unless `status` says otherwise. */
  async function article(o: Partial<ArticleInput> & { as?: Session; status?: 'draft' | 'review' | 'published' } = {}): Promise<Article> {
    const { as: who, status = 'published', ...rest } = o;
    const as = who ?? (await f.login('techlead'));
    const body = { kind: 'fault_case', title: `测试案例 ${++n}`, symptom: '怠速抖动', fix: '更换点火线圈', ...rest };
    let a = ok<Article>(await as.call('POST', '/api/knowledge/articles', { body }), 'article');
    for (const action of status === 'draft' ? [] : status === 'review' ? ['submit'] : ['submit', 'publish'])
      a = ok<Article>(await as.call('POST', `/api/knowledge/articles/${a.id}/actions`, { body: { version: a.version, action } }), `article ${action}`);
    return a;
  }
  /** Someone at another point holding a position there with these permissions, logged in. */
  async function staffAt(pointId: string, permissions: Permission[]) {
    // Under the point's top position (the first one of a new point is its top).
    const position = await f.position({ servicePointId: pointId, titleZh: `测试技术岗 ${++n}`, permissions });
    const e = await f.employee({ servicePointId: pointId, assignments: [{ positionId: position.id, teamId: null, isPrimary: true }] });
    return f.sessionOf(e);
  }
  return { article, staffAt };
}
