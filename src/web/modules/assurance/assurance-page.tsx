import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { CrisisTeamTab } from './crisis-team-tab.js';
import { FrameworkTab } from './framework-tab.js';
import { KpisTab } from './kpis-tab.js';
import { MaturityTab } from './maturity-tab.js';

const TABS = ['framework', 'team', 'kpis', 'maturity'] as const;

/** Assurance: the policy framework, the standing crisis management team, the 28 KPIs with their evidence, and maturity as each rater sees it. */
export function AssurancePage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('assurance.title'));
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((v) => v === params.get('tab')) ?? 'framework';
  return (
    <>
      <h1 className="page-title">{t('assurance.title')}</h1>
      <Typography.Paragraph>{t('assurance.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'framework' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`assurance-tab-${key}`}>{t(`assurance.tabs.${key}`)}</span>,
          children: key === 'framework' ? <FrameworkTab orgId={orgId} /> : key === 'team' ? <CrisisTeamTab orgId={orgId} /> : key === 'kpis' ? <KpisTab orgId={orgId} /> : <MaturityTab orgId={orgId} />,
        }))}
      />
    </>
  );
}
