/** The features of index.ts as one list, and lookups over their pages (route guard, menu highlight). */
import { matchPath } from 'react-router-dom';
import * as manifests from './index';
import type { FeatureManifest, PageDef } from './feature';

export const FEATURES: readonly FeatureManifest[] = Object.values(manifests);

/** Every page of every feature. */
export const PAGES: readonly PageDef[] = FEATURES.flatMap((f) => f.pages);

/** Old paths that still work: from → to. */
export const REDIRECTS: Readonly<Record<string, string>> = Object.assign({}, ...FEATURES.map((f) => f.redirects ?? {}));

/** The page a location shows: an exact path first ('/work-orders/new'), then a pattern ('/work-orders/:id'). */
export function findPage(pathname: string): PageDef | undefined {
  return PAGES.find((p) => p.path === pathname) ?? PAGES.find((p) => p.path.includes(':') && matchPath(p.path, pathname));
}

/** The menu entry a location is shown under: its own, or for pages reached by a link the one they belong to. */
export function menuKeyOf(pathname: string): string {
  const page = findPage(pathname);
  return page ? (page.under ?? page.path) : pathname;
}
