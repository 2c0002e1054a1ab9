import { useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import { QueryClientProvider } from '@tanstack/react-query';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from './api/query';
import { SessionProvider } from './session/SessionContext';
import { THEME } from './theme';

/** antd theme, antd + dayjs locale following the i18n language, the query cache, the session. */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const en = i18n.language === 'en-US';
  dayjs.locale(en ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = en ? 'en' : 'zh-CN';
  }, [en]);
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={THEME} table={{ className: 'dense-table' }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>{children}</SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
