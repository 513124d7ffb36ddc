import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { OBLIGATION_STATUSES } from '../../../domain/mer/obligations.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { useUnits } from '../orgs/orgs.api.js';
import { CalendarPanel } from './calendar-panel.js';
import { ComplianceChart } from './compliance-chart.js';
import { ComplianceFilters } from './compliance-filters.js';
import { ComplianceRegions } from './compliance-regions.js';
import { ComplianceTrend } from './compliance-trend.js';
import { dashboardPath, useMerDashboard } from './dashboard.api.js';
import { useObligations, type TComplianceFilters } from './mer.api.js';
import { dayAt } from './obligation-reason.js';
import { ObligationsTable } from './obligations-table.js';
import { OverdueList } from './overdue-list.js';
import { PolicyPanel } from './policy-panel.js';
import { StatusSummary } from './status-summary.js';
import './mer.css';

const TABS = ['obligations', 'policy', 'calendar'] as const;
type TTab = (typeof TABS)[number];
const oneOf = <T extends string>(values: readonly T[], value: string | null) => values.find((v) => v === value);

function readState(params: URLSearchParams) {
  const asOf = params.get('asOf') ?? '';
  return {
    filters: {
      asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
      unitId: params.get('unitId') ?? undefined,
      subtree: params.get('subtree') !== 'false',
      status: oneOf(OBLIGATION_STATUSES, params.get('status')),
    } satisfies TComplianceFilters,
    tab: oneOf(TABS, params.get('tab')) ?? 'obligations',
  };
}

/**
 * Filters and the tab live in the URL, so a view "as of" a day can be bookmarked and shared.
 * Changes are patches merged into the latest request: two quick changes (a card, then a
 * date) must not undo each other while the router is still rendering the first.
 */
function useComplianceUrlState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readState(params), [params]);
  // What was last asked for, until the router renders it: the base of the next patch.
  const requested = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    requested.current = null;
  }, [params]);
  const update = (patch: Partial<TComplianceFilters> & { tab?: TTab }) => {
    const latest = readState(requested.current ?? params);
    const { tab: patchTab, ...filterPatch } = patch;
    const filters = { ...latest.filters, ...filterPatch };
    const tab = patchTab ?? latest.tab;
    const out = new URLSearchParams();
    if (filters.asOf) out.set('asOf', filters.asOf);
    if (filters.unitId) out.set('unitId', filters.unitId);
    if (filters.unitId && filters.subtree === false) out.set('subtree', 'false');
    if (filters.status) out.set('status', filters.status);
    if (tab !== 'obligations') out.set('tab', tab);
    requested.current = out;
    setParams(out, { replace: true });
  };
  return [state, update] as const;
}

export function CompliancePage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('mer.title'));
  const formatDay = useFormatDay();
  const units = useUnits(orgId);
  const unitList = units.data?.items ?? [];
  const [{ filters, tab }, update] = useComplianceUrlState();
  // Counts and the chart cover every status; the table follows the status filter.
  const everything = useObligations(orgId, { ...filters, status: undefined });
  const listed = useObligations(orgId, filters);
  // The dashboard covers the chosen unit with its whole subtree, whatever the other filters.
  const dashboardFilters = { asOf: filters.asOf, unitId: filters.unitId };
  const dashboard = useMerDashboard(orgId, dashboardFilters);

  const obligations = (
    <>
      <ComplianceFilters units={unitList} filters={filters} today={everything.data?.asOf} onChange={update} />
      {everything.error ? (
        <ErrorAlert error={everything.error} onRetry={() => void everything.refetch()} />
      ) : (
        <>
          <p aria-live="polite" data-testid="mer-as-of" style={{ marginTop: 0 }}>
            {everything.data ? t('mer.asOfAnnounced', { date: formatDay(dayAt(everything.data.asOf)) }) : ''}
          </p>
          <StatusSummary counts={everything.data?.counts ?? {}} selected={filters.status} onSelect={(status) => update({ status })} />
          <Card style={{ marginBottom: 16 }}>
            <ComplianceChart items={everything.data?.items ?? []} />
          </Card>
          {dashboard.error ? (
            <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
          ) : (
            <>
              <Card style={{ marginBottom: 16 }}>
                <ComplianceTrend trend={dashboard.data?.trend ?? []} />
              </Card>
              <Card style={{ marginBottom: 16 }}>
                <ComplianceRegions regions={dashboard.data?.regions ?? []} />
              </Card>
              <Card style={{ marginBottom: 16 }}>
                <OverdueList orgId={orgId} items={dashboard.data?.overdue ?? []} loading={dashboard.isLoading || dashboard.isFetching} />
              </Card>
            </>
          )}
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mer.table.title')}</h2>}>
            {listed.error ? (
              <ErrorAlert error={listed.error} onRetry={() => void listed.refetch()} />
            ) : (
              <ObligationsTable orgId={orgId} items={listed.data?.items ?? []} loading={listed.isLoading || listed.isFetching} />
            )}
          </Card>
        </>
      )}
    </>
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('mer.title')}
        </h1>
        <Button icon={<DownloadOutlined aria-hidden />} href={dashboardPath(orgId, { asOf: filters.asOf, unitId: filters.unitId }, '.xlsx')} download data-testid="mer-dashboard-xlsx">
          {t('mer.dashboard.download')}
        </Button>
      </Flex>
      <Typography.Paragraph>{t('mer.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key as TTab })}
        items={[
          { key: 'obligations', label: <span data-testid="mer-tab-obligations">{t('mer.tabs.obligations')}</span>, children: obligations },
          { key: 'policy', label: <span data-testid="mer-tab-policy">{t('mer.tabs.policy')}</span>, children: tab === 'policy' ? <PolicyPanel orgId={orgId} /> : null },
          { key: 'calendar', label: <span data-testid="mer-tab-calendar">{t('mer.tabs.calendar')}</span>, children: tab === 'calendar' ? <CalendarPanel orgId={orgId} units={unitList} /> : null },
        ]}
      />
    </>
  );
}
