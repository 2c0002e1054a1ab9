import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/query';
import { rememberLocale, type Locale } from '../i18n';

/** Toggles zh-CN / en-US; remembers the choice locally and, when logged in, on the server. */
export function LangSwitch({ loggedIn = false }: { loggedIn?: boolean }) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const toggle = () => {
    const next: Locale = en ? 'zh-CN' : 'en-US';
    rememberLocale(next);
    void i18n.changeLanguage(next);
    if (loggedIn) callApi('put', '/auth/me/locale', { body: { locale: next } }).catch(() => undefined);
  };
  return (
    <Button type="text" icon={<GlobalOutlined />} onClick={toggle} data-testid="lang-switch">
      {en ? '中文' : 'English'}
    </Button>
  );
}
