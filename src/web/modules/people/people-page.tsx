import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { ArrangementsTab } from './arrangements-tab.js';
import { ReturnTab } from './return-tab.js';
import { WellbeingTab } from './wellbeing-tab.js';

const TABS = ['arrangements', 'wellbeing', 'return'] as const;

/** Staff: alternative working arrangements (Annex XIII), wellbeing surveys, return to office (para 135). */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('workplace.title'));
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((v) => v === params.get('tab')) ?? 'arrangements';
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('workplace.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'arrangements', label: <span data-testid="people-tab-arrangements">{t('workplace.tabs.arrangements')}</span>, children: <ArrangementsTab /> },
          { key: 'wellbeing', label: <span data-testid="people-tab-wellbeing">{t('workplace.tabs.wellbeing')}</span>, children: <WellbeingTab /> },
          { key: 'return', label: <span data-testid="people-tab-return">{t('workplace.tabs.return')}</span>, children: <ReturnTab /> },
        ]}
      />
    </div>
  );
}
