import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_STORAGE_KEY = 'aftersales.locale';

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** The locale the user picked on this machine, if any. */
export function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** English arrives when it is first needed (picked, or the user's saved locale): most sessions never load it. */
const lazyEnglish = {
  type: 'backend' as const,
  init() {},
  read(language: string, _ns: string, done: (error: unknown, data?: object) => void) {
    if (language !== 'en-US') return done(null, {});
    import('./en-US').then(
      (m) => done(null, m.enUS),
      (e) => done(e),
    );
  },
};

void i18n
  .use(lazyEnglish)
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN } },
    partialBundledLanguages: true,
    lng: storedLocale() ?? 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'zh-CN');

export default i18n;
