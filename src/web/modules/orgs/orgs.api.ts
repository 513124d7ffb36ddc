import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreatePersonRequest,
  TCreateUnitRequest,
  TOrgView,
  TPersonView,
  TUnitView,
  TUpdateOrgRequest,
} from '../../../domain/contract/orgs.js';
import { apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';
import { keys } from '../../app/session.js';

export const orgKeys = {
  units: (orgId: string) => ['orgs', orgId, 'units'] as const,
  people: (orgId: string, unitId?: string) => ['orgs', orgId, 'people', unitId ?? 'all'] as const,
};

export function useUnits(orgId: string) {
  return useQuery({
    queryKey: orgKeys.units(orgId),
    queryFn: ({ signal }) => apiGet<{ items: TUnitView[] }>(`/api/orgs/${orgId}/units`, signal),
    staleTime: 5 * 60_000,
  });
}

export function usePeople(orgId: string, unitId: string | undefined) {
  return useQuery({
    queryKey: orgKeys.people(orgId, unitId),
    queryFn: ({ signal }) =>
      apiGet<{ items: TPersonView[] }>(withQuery(`/api/orgs/${orgId}/people`, { unitId }), signal),
    enabled: Boolean(unitId),
  });
}

export function useCreateUnit(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateUnitRequest) => apiPost<TUnitView>(`/api/orgs/${orgId}/units`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) }),
  });
}

export function useCreatePerson(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreatePersonRequest) => apiPost<TPersonView>(`/api/orgs/${orgId}/people`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'people'] }),
  });
}

/** PATCH /api/orgs/:orgId: the organization's name and BCM arrangement. */
export function useUpdateOrg(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateOrgRequest) => apiPatch<TOrgView>(`/api/orgs/${orgId}`, body),
    onSuccess: (org) => {
      queryClient.setQueryData(keys.org(orgId), org);
      // Exact: both keys prefix the org's units and people, which the profile does not change.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.org(orgId), exact: true }),
        queryClient.invalidateQueries({ queryKey: keys.orgs, exact: true }),
        // The memberships in /api/me carry the organization's name.
        queryClient.invalidateQueries({ queryKey: keys.me, exact: true }),
      ]);
    },
  });
}
