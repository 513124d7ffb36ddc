import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textDirection, type TLanguage } from '../../domain/languages.js';
import { ApiError } from './api.js';
import { currentLanguage, isLanguage } from './i18n.js';
import { theme } from './theme.js';

const antdLocales: Record<TLanguage, () => Promise<{ default: Locale }>> = {
  en: () => import('antd/es/locale/en_US'),
  fr: () => import('antd/es/locale/fr_FR'),
  es: () => import('antd/es/locale/es_ES'),
  ru: () => import('antd/es/locale/ru_RU'),
  zh: () => import('antd/es/locale/zh_CN'),
  ar: () => import('antd/es/locale/ar_EG'),
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retry network failures (poor connections), never client errors: a 404 stays a 404.
      retry: (count, error) => error instanceof ApiError && (error.isNetwork || error.status >= 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function useAntdLocale(language: TLanguage): Locale | undefined {
  const [locale, setLocale] = useState<Locale | undefined>(undefined);
  useEffect(() => {
    let active = true;
    antdLocales[language]()
      .then((module) => active && setLocale(module.default))
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [language]);
  return locale;
}

export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  const locale = useAntdLocale(language);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={theme} direction={textDirection(language)} locale={locale}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
