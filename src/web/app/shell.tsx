import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Space } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { ApiError } from './api.js';
import { ErrorAlert, PageLoading } from './feedback.js';
import { LanguageSwitcher } from './language-switcher.js';
import { OrgSwitcher } from './org-switcher.js';
import { rememberedOrgId } from './org-storage.js';
import { useHealth, useMe, useOrg } from './session.js';
import { UserMenu } from './user-menu.js';

function MainNav({ vertical, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const params = useParams();
  const orgId = params.orgId ?? rememberedOrgId();
  const org = useOrg(orgId ?? undefined);
  const me = useMe();
  if (!orgId) return null;
  // The same people the server lets read the members list: structure managers, the executive head, installation roles.
  const seesMembers =
    org.data?.allowedActions.manageStructure === true ||
    Boolean(me.data?.user.installationRole) ||
    (me.data?.memberships ?? []).some((m) => m.orgId === orgId && m.role === 'executive');
  const links = [
    { to: `/orgs/${orgId}`, label: t('nav.units'), end: true, testId: undefined },
    { to: `/orgs/${orgId}/plans`, label: t('nav.plans'), end: false, testId: undefined },
    { to: `/orgs/${orgId}/bia`, label: t('nav.bia'), end: false, testId: 'nav-bia' },
    { to: `/orgs/${orgId}/plan-suite`, label: t('nav.planSuite'), end: false, testId: 'nav-plan-suite' },
    { to: `/orgs/${orgId}/risks`, label: t('nav.risks'), end: false, testId: 'nav-risks' },
    { to: `/orgs/${orgId}/compliance`, label: t('nav.compliance'), end: false, testId: 'nav-compliance' },
    { to: `/orgs/${orgId}/assurance`, label: t('nav.assurance'), end: false, testId: 'nav-assurance' },
    { to: `/orgs/${orgId}/exercises`, label: t('nav.exercises'), end: false, testId: 'nav-exercises' },
    { to: `/orgs/${orgId}/actions`, label: t('nav.actions'), end: false, testId: 'nav-actions' },
    { to: `/orgs/${orgId}/training`, label: t('nav.training'), end: false, testId: 'nav-training' },
    { to: `/orgs/${orgId}/focal-points`, label: t('nav.focalPoints'), end: false, testId: 'nav-focal-points' },
    { to: `/orgs/${orgId}/events`, label: t('nav.events'), end: false, testId: 'nav-events' },
    { to: `/orgs/${orgId}/learning`, label: t('nav.learning'), end: false, testId: 'nav-learning' },
    { to: `/orgs/${orgId}/governance`, label: t('nav.governance'), end: false, testId: 'nav-governance' },
    { to: `/orgs/${orgId}/people`, label: t('nav.people'), end: false, testId: 'nav-people' },
    ...(seesMembers ? [{ to: `/orgs/${orgId}/members`, label: t('nav.members'), end: false, testId: 'nav-members' }] : []),
  ];
  return (
    <nav aria-label={t('nav.label')} className={vertical ? 'main-nav main-nav-vertical' : 'main-nav'}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} onClick={onNavigate} data-testid={link.testId}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const me = useMe();
  const health = useHealth();

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  if (me.isLoading) return <PageLoading />;
  if (me.error instanceof ApiError && me.error.status === 401) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }

  return (
    <Layout className="app-layout">
      <a href="#main-content" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {compact && (
          <Button
            type="text"
            className="header-button"
            icon={<MenuOutlined />}
            aria-label={t('shell.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="product-name">
          ORMS
        </Link>
        <div className="header-spacer" />
        {!compact && (
          <Space size="small">
            <OrgSwitcher />
            <LanguageSwitcher />
          </Space>
        )}
        <UserMenu />
      </Layout.Header>
      {/* The modules get a bar of their own: seven or more names, in French or Russian, do not fit beside the header's controls. */}
      {!compact && (
        <div className="app-subnav">
          <MainNav />
        </div>
      )}
      <Drawer
        title={t('shell.menu')}
        placement={document.documentElement.dir === 'rtl' ? 'right' : 'left'}
        open={compact && drawerOpen}
        onClose={() => setDrawerOpen(false)}
        size={300}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <MainNav vertical onNavigate={() => setDrawerOpen(false)} />
          <OrgSwitcher block />
          <LanguageSwitcher block />
        </Space>
      </Drawer>
      <Layout.Content id="main-content" tabIndex={-1} className="app-content">
        {me.error ? <ErrorAlert error={me.error} onRetry={() => void me.refetch()} /> : null}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        {t('shell.productFullName')}
        {health.data?.version ? ` · ${t('shell.version', { version: health.data.version })}` : ''}
      </Layout.Footer>
    </Layout>
  );
}
