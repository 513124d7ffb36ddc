import { useQuery } from '@tanstack/react-query';
import type { TServiceView, TDependencyView } from '../../../domain/contract/bia.js';
import type { TActionCards } from '../../../domain/contract/plan-structure.js';
import type { TPlanSuite } from '../../../domain/contract/plans.js';
import type { TRiskList } from '../../../domain/contract/risks.js';
import { apiGet, withQuery } from '../../app/api.js';
import { planKeys } from './plans.api.js';

/** BIA services the caller may read; the plan page narrows them to the plan's line of units. */
export function useBiaServices(orgId: string, enabled = true) {
  return useQuery({
    queryKey: ['orgs', orgId, 'bia', 'services', 'for-plans'],
    queryFn: ({ signal }) => apiGet<{ items: TServiceView[] }>(`/api/orgs/${orgId}/bia/services`, signal),
    enabled,
    retry: false,
  });
}

export function useIctSystems(orgId: string, enabled = true) {
  return useQuery({
    queryKey: ['orgs', orgId, 'bia', 'dependencies', 'for-plans'],
    queryFn: ({ signal }) => apiGet<{ items: TDependencyView[] }>(`/api/orgs/${orgId}/bia/dependencies`, signal),
    select: (data) => data.items.filter((d) => d.kind === 'ict_system'),
    enabled,
    retry: false,
  });
}

export function useRiskRegister(orgId: string, enabled = true) {
  return useQuery({
    queryKey: ['orgs', orgId, 'risks', 'for-plans'],
    queryFn: ({ signal }) => apiGet<TRiskList>(withQuery(`/api/orgs/${orgId}/risks`, { limit: 500 }), signal),
    enabled,
    retry: false,
  });
}

export function useActionCards(orgId: string, planId: string) {
  return useQuery({
    queryKey: [...planKeys.detail(orgId, planId), 'cards'],
    queryFn: ({ signal }) => apiGet<TActionCards>(`/api/orgs/${orgId}/plans/${planId}/cards`, signal),
  });
}

export function usePlanSuite(orgId: string, unitId?: string) {
  return useQuery({
    queryKey: [...planKeys.all(orgId), 'suite', unitId ?? null],
    queryFn: ({ signal }) => apiGet<TPlanSuite>(withQuery(`/api/orgs/${orgId}/plan-suite`, { unitId }), signal),
  });
}

/** Where the browser downloads a plan or its cards (same-origin, so the session cookie goes along). */
export function exportUrl(orgId: string, planId: string, what: 'export' | 'cards', format: 'pdf' | 'docx', roleId?: string) {
  return withQuery(`/api/orgs/${orgId}/plans/${planId}/${what}.${format}`, { role: roleId });
}
