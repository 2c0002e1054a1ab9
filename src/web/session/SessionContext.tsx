import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Answer } from '../api/paths';
import { isApiError, request } from '../api/client';
import { callApi } from '../api/query';
import i18n, { isLocale, storedLocale } from '../i18n';
import type { Permission } from '../../domain/auth/permissions';

const POINT_KEY = 'aftersales.point';

export type Me = Answer<'/auth/me'>;
export type ServicePoint = Answer<'/service-points'>['items'][number];

export interface Session {
  /** undefined while loading, null when not logged in. */
  me: Me | null | undefined;
  refresh: () => Promise<Me | null>;
  logout: () => Promise<void>;
  can: (...perms: Permission[]) => boolean;
  /** The service point the pages show (the user's own unless switched). */
  pointId: string | undefined;
  pointName: string;
  points: ServicePoint[];
  setPointId: (id: string) => void;
}

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [points, setPoints] = useState<ServicePoint[]>([]);
  const [pointId, setPointIdState] = useState<string | undefined>();
  const { i18n: i18nInstance } = useTranslation();
  const language = i18nInstance.language;
  const queryClient = useQueryClient();

  // Logged out (or the session expired): nothing of the previous user stays in the cache.
  useEffect(() => {
    if (me === null) queryClient.clear();
  }, [me, queryClient]);

  const refresh = useCallback(async () => {
    try {
      const m = await request<Me>('/auth/me', { allowUnauthorized: true });
      setMe(m);
      if (!storedLocale() && isLocale(m.locale) && m.locale !== i18n.language) void i18n.changeLanguage(m.locale);
      return m;
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        setMe(null);
        return null;
      }
      throw e;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);

  // Points visible to the user: their own and those below; used by the switcher in the top bar.
  useEffect(() => {
    if (!me) return;
    const saved = sessionStorage.getItem(POINT_KEY);
    setPointIdState(saved ?? me.servicePointId);
    request<{ items: ServicePoint[] }>('/service-points', { allowUnauthorized: true })
      .then((r) => {
        setPoints(r.items);
        if (saved && !r.items.some((p) => p.id === saved)) setPointIdState(me.servicePointId);
      })
      .catch(() => setPoints([]));
  }, [me]);

  const logout = useCallback(async () => {
    try {
      await callApi('post', '/auth/logout');
    } finally {
      sessionStorage.removeItem(POINT_KEY);
      setMe(null);
      setPoints([]);
    }
  }, []);

  const value = useMemo<Session>(() => {
    const perms = new Set(me?.permissions ?? []);
    const current = points.find((p) => p.id === pointId);
    const en = language === 'en-US';
    return {
      me,
      refresh,
      logout,
      can: (...want) => !!me && (me.isSuperuser || want.some((p) => perms.has(p))),
      pointId: pointId ?? me?.servicePointId,
      pointName: current ? (en && current.nameEn ? current.nameEn : current.nameZh) : (me?.servicePointName ?? ''),
      points,
      setPointId: (id) => {
        sessionStorage.setItem(POINT_KEY, id);
        setPointIdState(id);
      },
    };
  }, [me, refresh, logout, pointId, points, language]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
