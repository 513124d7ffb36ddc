import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PLAN_STATES, type TPlanState } from '../../../domain/plans/plan-state.js';
import { PLAN_TYPES, type TPlanType } from '../../../domain/plans/plan-types.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useOrg } from '../../app/session.js';
import { useUnits } from '../orgs/orgs.api.js';
import { NewPlanModal } from './new-plan-modal.js';
import { PlanFilters } from './plan-filters.js';
import { usePlans, type TPlanFilters } from './plans.api.js';
import { PlansTable } from './plans-table.js';
import { usePageTitle } from '../../app/page-title.js';

const PAGE_SIZE = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Filters live in the URL so a filtered list can be bookmarked and shared. */
function useFiltersFromUrl(): [TPlanFilters & { page: number }, (next: TPlanFilters, page?: number) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () => ({
      unitId: params.get('unitId') ?? undefined,
      subtree: params.get('subtree') !== 'false',
      type: oneOf<TPlanType>(PLAN_TYPES, params.get('type')),
      state: oneOf<TPlanState>(PLAN_STATES, params.get('state')),
      q: params.get('q') ?? undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
    }),
    [params],
  );
  const update = (next: TPlanFilters, page = 1) => {
    const out = new URLSearchParams();
    if (next.unitId) out.set('unitId', next.unitId);
    if (next.unitId && next.subtree === false) out.set('subtree', 'false');
    if (next.type) out.set('type', next.type);
    if (next.state) out.set('state', next.state);
    if (next.q) out.set('q', next.q);
    if (page > 1) out.set('page', String(page));
    setParams(out, { replace: true });
  };
  return [filters, update];
}

export function PlansListPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);
  const units = useUnits(orgId);
  const [filters, setFilters] = useFiltersFromUrl();
  usePageTitle(t('plans.title'));
  const [creating, setCreating] = useState(false);
  const { page, ...query } = filters;
  const plans = usePlans(orgId, { ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const canCreate = org.data?.allowedActions.createPlan ?? false;
  const filtered = Boolean(query.unitId || query.type || query.state || query.q);

  const emptyText = (
    <Empty
      description={
        filtered ? t('plans.emptyFiltered') : canCreate ? t('plans.emptyCreate') : t('plans.emptyReadOnly')
      }
    >
      {!filtered && canCreate && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('plans.newPlan')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('plans.title')}
        </h1>
        {canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            data-testid="new-plan-button"
            onClick={() => setCreating(true)}
          >
            {t('plans.newPlan')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph>{t('plans.intro')}</Typography.Paragraph>
      <Card>
        <PlanFilters units={units.data?.items ?? []} filters={query} onChange={(next) => setFilters(next)} />
        {plans.error ? (
          <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <PlansTable
            orgId={orgId}
            plans={plans.data?.items ?? []}
            loading={plans.isLoading || plans.isFetching}
            emptyText={emptyText}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: plans.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => t('plans.total', { total }),
              onChange: (next) => setFilters(query, next),
            }}
          />
        )}
      </Card>
      <NewPlanModal
        orgId={orgId}
        units={units.data?.items ?? []}
        unitId={query.unitId}
        open={creating}
        onClose={() => setCreating(false)}
      />
    </>
  );
}
