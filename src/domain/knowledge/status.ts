/**
 * An article's life: draft → review → published → withdrawn. Reviewing (publish, send back) needs a reviewer's
 * position (knowledge.publish) and is never one's own article; a published article is revised as a new draft of
 * the next revision (the published text is kept in the revisions).
 */
export const ARTICLE_STATUSES = ['draft', 'review', 'published', 'withdrawn'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export type ArticleEvent = 'submit' | 'publish' | 'reject' | 'withdraw' | 'revise';

const TABLE: Record<ArticleEvent, Partial<Record<ArticleStatus, ArticleStatus>>> = {
  submit: { draft: 'review' },
  publish: { review: 'published' },
  reject: { review: 'draft' },
  withdraw: { published: 'withdrawn', review: 'withdrawn', draft: 'withdrawn' },
  revise: { published: 'draft', withdrawn: 'draft' },
};
const LABEL: Record<ArticleStatus, string> = { draft: '草稿', review: '待审核', published: '已发布', withdrawn: '已撤回' };
export const articleStatusLabel = (s: ArticleStatus) => LABEL[s];

export function nextArticleStatus(from: ArticleStatus, event: ArticleEvent): { ok: true; to: ArticleStatus } | { ok: false; message: string } {
  const to = TABLE[event][from];
  return to ? { ok: true, to } : { ok: false, message: `${LABEL[from]}的文章不能执行此操作` };
}

/** Editable only as a draft. */
export const isEditable = (s: ArticleStatus) => s === 'draft';
