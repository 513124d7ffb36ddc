import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCreatePersonRequest,
  TCreateUnitRequest,
  TPersonView,
  TUnitView,
} from '../../../domain/contract/orgs.js';
import { apiGet, apiPost, withQuery } from '../../app/api.js';

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
