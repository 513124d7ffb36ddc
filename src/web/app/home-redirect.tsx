import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorAlert, PageLoading } from './feedback.js';
import { rememberedOrgId } from './org-storage.js';
import { useOrgs } from './session.js';

/** The home page is the organization chosen last time, or the first one the user belongs to. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const orgs = useOrgs();
  if (orgs.isLoading) return <PageLoading />;
  if (orgs.error) return <ErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />;
  const items = orgs.data?.items ?? [];
  const remembered = rememberedOrgId();
  const target = items.find((o) => o.id === remembered) ?? items[0];
  if (target) return <Navigate to={`/orgs/${target.id}`} replace />;
  return (
    <Result
      status="info"
      title={<h1 className="page-title">{t('home.noOrganizationsTitle')}</h1>}
      subTitle={t('home.noOrganizationsText')}
    />
  );
}
