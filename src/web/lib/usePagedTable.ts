import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiKey, useApiQuery } from '../api/query';
import type { Answer, PathOf, QueryOf } from '../api/paths';

type Paged = { items: unknown[]; total: number };
/** GET paths that page on the server (?page=&pageSize= → { items, total }). */
export type PagedPath = { [P in PathOf<'get'>]: Answer<P> extends Paged ? P : never }[PathOf<'get'>];
type ItemOf<P extends PagedPath> = Answer<P> extends { items: (infer I)[] } ? I : never;

export interface PagedTableOptions<P extends PagedPath> {
  /** The filters; a change of any of them goes back to page 1. */
  query?: Omit<NonNullable<QueryOf<'get', P>>, 'page' | 'pageSize'>;
  enabled?: boolean;
  pageSize?: number;
  /** Page sizes offered (default 20 / 50 / 100; undefined keeps antd's). */
  pageSizeOptions?: number[] | null;
  /** Fetch one page of this many and page in the table instead (for filters the server applies after paging). */
  all?: number;
  refetchInterval?: number | false;
}

/**
 * A table paged on the server: page and page size in the query key next to the filters, the antd pagination
 * props, and the cached query (refetch, isFetching, error).
 */
export function usePagedTable<P extends PagedPath>(path: P, opts: PagedTableOptions<P> = {}) {
  const { t } = useTranslation();
  const filtersKey = JSON.stringify(apiKey(path, undefined, opts.query as object));
  const [state, setState] = useState({ page: 1, pageSize: opts.pageSize ?? 20, filtersKey });
  const page = state.filtersKey === filtersKey ? state.page : 1;
  const { pageSize } = state;
  const query = useApiQuery(
    path as PathOf<'get'>,
    {
      query: { ...opts.query, page: opts.all ? 1 : page, pageSize: opts.all ?? pageSize },
      enabled: opts.enabled ?? true,
      refetchInterval: opts.refetchInterval,
    } as never,
  ) as unknown as UseQueryResult<Answer<P>>;
  const data = query.data as Paged | undefined;
  const setPage = (p: number, size = pageSize) => setState({ page: size !== pageSize ? 1 : p, pageSize: size, filtersKey });
  const showTotal = (n: number) => t('common.totalItems', { count: n });
  const sizes = opts.pageSizeOptions === undefined ? [20, 50, 100] : (opts.pageSizeOptions ?? undefined);

  const pagination: TablePaginationConfig = opts.all
    ? { pageSize, hideOnSinglePage: true, showTotal }
    : { current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, ...(sizes ? { pageSizeOptions: sizes } : {}), showTotal, onChange: setPage };

  return {
    query,
    items: (data?.items ?? []) as ItemOf<P>[],
    total: data?.total ?? 0,
    page,
    pageSize,
    setPage,
    pagination,
  };
}
