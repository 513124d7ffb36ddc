import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../domain/languages.js';
import { changeLanguage, currentLanguage, isLanguage, LANGUAGE_NAMES } from './i18n.js';

const options = LANGUAGES.map((lng) => ({
  value: lng,
  // lang on each name lets screen readers pronounce it in its own language.
  label: <span lang={lng}>{LANGUAGE_NAMES[lng]}</span>,
  title: LANGUAGE_NAMES[lng],
}));

export function LanguageSwitcher({ block = false }: { block?: boolean }) {
  const { t, i18n } = useTranslation();
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  return (
    <Select
      data-testid="language-switcher"
      aria-label={t('shell.language')}
      value={value}
      options={options}
      onChange={(lng) => void changeLanguage(lng)}
      prefix={<GlobalOutlined aria-hidden />}
      style={block ? { width: '100%' } : { minWidth: 150 }}
      popupMatchSelectWidth={false}
    />
  );
}
