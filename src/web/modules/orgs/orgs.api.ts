import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreatePersonRequest,
  TCreateUnitRequest,
  TOrgView,
  TPersonView,
  TUnitView,
  TUpdateOrgRequest,
  TUpdatePersonRequest,
  TUpdateUnitRequest,
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

/** The whole staff directory the caller may read (every unit they may see). */
export function useDirectory(orgId: string, enabled = true) {
  return useQuery({
    queryKey: orgKeys.people(orgId),
    queryFn: ({ signal }) => apiGet<{ items: TPersonView[] }>(`/api/orgs/${orgId}/people`, signal),
    enabled: Boolean(orgId) && enabled,
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

/** PATCH a unit: rename, re-code, relocate or move it (its people and plans follow). */
export function useUpdateUnit(orgId: string, unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateUnitRequest) => apiPatch<TUnitView>(`/api/orgs/${orgId}/units/${unitId}`, body),
    onSuccess: (unit) => {
      queryClient.setQueryData<{ items: TUnitView[] }>(orgKeys.units(orgId), (list) =>
        list ? { items: list.items.map((u) => (u.id === unit.id ? unit : u)) } : list,
      );
      return queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) });
    },
  });
}

/** PATCH a person: their directory entry, or (for themselves) their phone and language. */
export function useUpdatePerson(orgId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdatePersonRequest) => apiPatch<TPersonView>(`/api/orgs/${orgId}/people/${personId}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'people'] }),
  });
}
