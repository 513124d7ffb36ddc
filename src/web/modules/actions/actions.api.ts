import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TActionUpdate, TActionView } from '../../../domain/contract/actions.js';
import type { TActionStatus } from '../../../domain/mer/exercises.js';
import { apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export interface TActionFilters {
  status?: TActionStatus;
  overdue?: boolean;
  mine?: boolean;
}

export const actionKeys = {
  all: (orgId: string) => ['orgs', orgId, 'remedial-actions'] as const,
  list: (orgId: string, filters: TActionFilters) => ['orgs', orgId, 'remedial-actions', 'list', filters] as const,
};

const base = (orgId: string) => `/api/orgs/${orgId}/remedial-actions`;

export function useActions(orgId: string, filters: TActionFilters) {
  return useQuery({
    queryKey: actionKeys.list(orgId, filters),
    queryFn: ({ signal }) =>
      apiGet<{ items: TActionView[] }>(withQuery(base(orgId), { status: filters.status, overdue: filters.overdue ? 'true' : undefined, mine: filters.mine ? 'true' : undefined }), signal),
    placeholderData: keepPreviousData,
  });
}

/** Closing an action may make a plan's update due, and changes what its exercise shows. */
function useActionMutation<TBody>(orgId: string, send: (body: TBody) => Promise<TActionView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      for (const key of [actionKeys.all(orgId), ['orgs', orgId, 'exercises'], ['orgs', orgId, 'mer'], ['orgs', orgId, 'audit']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export const useUpdateAction = (orgId: string, actionId: string) => useActionMutation(orgId, (body: TActionUpdate) => apiPatch<TActionView>(`${base(orgId)}/${actionId}`, body));
export const useCloseAction = (orgId: string, actionId: string) =>
  useActionMutation(orgId, (body: { evidence: string }) => apiPost<TActionView>(`${base(orgId)}/${actionId}/close`, body));
