import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { RISK_SORTS } from '../../../domain/contract/risks.js';
import { RISK_CATEGORIES, RISK_STATUSES } from '../../../domain/risks/risk-categories.js';
import { ErrorAlert } from '../../app/feedback.js';
import { usePageTitle } from '../../app/page-title.js';
import { useUnits } from '../orgs/orgs.api.js';
import { CoverageTab } from './coverage-tab.js';
import { HeatMap } from './heat-map.js';
import { ImportWizard } from './import-wizard.js';
import { NewRiskModal, RiskModal } from './risk-modal.js';
import { RiskFilters } from './risk-filters.js';
import { useRisks, type TRiskFilters } from './risks.api.js';
import { RisksTable } from './risks-table.js';

const PAGE_SIZE = 20;
const oneOf = <T extends string>(values: readonly T[], value: string | null) => values.find((v) => v === value);
const rating = (value: string | null) => (value && /^[1-5]$/.test(value) ? Number(value) : undefined);

/** Filters, the heat-map cell and the tab live in the URL so a view can be bookmarked and shared. */
function useRiskUrlState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(
    () => ({
      filters: {
        unitId: params.get('unitId') ?? undefined,
        category: oneOf(RISK_CATEGORIES, params.get('category')),
        status: oneOf(RISK_STATUSES, params.get('status')),
        sort: oneOf(RISK_SORTS, params.get('sort')),
        q: params.get('q') ?? undefined,
        likelihood: rating(params.get('likelihood')),
        impact: rating(params.get('impact')),
      } satisfies TRiskFilters,
      page: Math.max(1, Number(params.get('page')) || 1),
      tab: params.get('tab') === 'coverage' ? 'coverage' : 'register',
    }),
    [params],
  );
  const update = (next: { filters?: TRiskFilters; page?: number; tab?: string }) => {
    const merged = { filters: next.filters ?? state.filters, page: next.page ?? 1, tab: next.tab ?? state.tab };
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(merged.filters)) if (value !== undefined && value !== '') out.set(key, String(value));
    if (merged.page > 1) out.set('page', String(merged.page));
    if (merged.tab !== 'register') out.set('tab', merged.tab);
    setParams(out, { replace: true });
  };
  return [state, update] as const;
}

export function RisksPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('risks.title'));
  const units = useUnits(orgId);
  const [{ filters, page, tab }, update] = useRiskUrlState();
  const risks = useRisks(orgId, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const actions = risks.data?.allowedActions;
  const cell = filters.likelihood && filters.impact ? { likelihood: filters.likelihood, impact: filters.impact } : null;
  const unitList = units.data?.items ?? [];

  const register = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={7}>
        <Card>
          <HeatMap counts={risks.data?.heatMap ?? []} selected={cell} onSelect={(c) => update({ filters: { ...filters, likelihood: c?.likelihood, impact: c?.impact } })} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t('risks.heatMap.help')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} xl={17}>
        <Card>
          <RiskFilters units={unitList} filters={filters} onChange={(next) => update({ filters: { ...next, likelihood: filters.likelihood, impact: filters.impact } })} />
          {cell && (
            <Flex align="center" gap={8} style={{ marginBottom: 12 }} wrap>
              <span data-testid="heat-map-filter">{t('risks.heatMap.filtered', { likelihood: cell.likelihood, impact: cell.impact })}</span>
              <Button size="small" onClick={() => update({ filters: { ...filters, likelihood: undefined, impact: undefined } })}>
                {t('risks.heatMap.clear')}
              </Button>
            </Flex>
          )}
          {risks.error ? (
            <ErrorAlert error={risks.error} onRetry={() => void risks.refetch()} />
          ) : (
            <RisksTable
              risks={risks.data?.items ?? []}
              loading={risks.isLoading || risks.isFetching}
              onOpen={(r) => setOpenId(r.id)}
              emptyText={<Empty description={t('risks.empty')} />}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: risks.data?.total ?? 0,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (total) => t('risks.total', { count: total }),
                onChange: (next) => update({ page: next }),
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('risks.title')}
        </h1>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={`/api/orgs/${orgId}/risks/export.xlsx`} download data-testid="risk-export">
            {t('risks.export')}
          </Button>
          {actions?.import && (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)} data-testid="risk-import-button">
              {t('risks.import.open')}
            </Button>
          )}
          {actions?.create && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="new-risk-button">
              {t('risks.newRisk')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph>{t('risks.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key, filters, page })}
        items={[
          { key: 'register', label: t('risks.tabs.register'), children: register },
          { key: 'coverage', label: t('risks.tabs.coverage'), children: tab === 'coverage' ? <CoverageTab orgId={orgId} /> : null },
        ]}
      />
      {creating && <NewRiskModal orgId={orgId} units={unitList} onClose={() => setCreating(false)} />}
      {openId && <RiskModal orgId={orgId} riskId={openId} units={unitList} onClose={() => setOpenId(null)} />}
      {importing && <ImportWizard orgId={orgId} onClose={() => setImporting(false)} />}
    </>
  );
}
