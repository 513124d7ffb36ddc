import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TMerDashboard } from '../../../domain/contract/mer-dashboard.js';
import { apiGet, withQuery } from '../../app/api.js';

/** The dashboard covers a unit and its whole subtree, as of a day. */
export interface TDashboardFilters {
  asOf?: string;
  unitId?: string;
}

export const dashboardPath = (orgId: string, filters: TDashboardFilters, file = '') => withQuery(`/api/orgs/${orgId}/mer/dashboard${file}`, { asOf: filters.asOf, unitId: filters.unitId });

export function useMerDashboard(orgId: string, filters: TDashboardFilters) {
  return useQuery({
    queryKey: ['orgs', orgId, 'mer', 'dashboard', filters],
    queryFn: ({ signal }) => apiGet<TMerDashboard>(dashboardPath(orgId, filters), signal),
    placeholderData: keepPreviousData,
  });
}
