import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCreateCalendarFeedRequest,
  TMerPolicyView,
  ZCalendarFeedList,
  ZCreatedCalendarFeed,
  ZMerPolicy,
  ZObligationList,
} from '../../../domain/contract/mer.js';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import { api, apiDelete, apiGet, apiPost, withQuery } from '../../app/api.js';

export type TObligationList = z.infer<typeof ZObligationList>;
export type TCalendarFeed = z.infer<typeof ZCalendarFeedList>['items'][number];
export type TCreatedCalendarFeed = z.infer<typeof ZCreatedCalendarFeed>;
export type TMerPolicyInput = z.infer<typeof ZMerPolicy>;

/** What the compliance page asks: the day, the unit (and its subtree or not), the status. */
export interface TComplianceFilters {
  asOf?: string;
  unitId?: string;
  subtree?: boolean;
  status?: TObligationStatus;
}

export const merKeys = {
  all: (orgId: string) => ['orgs', orgId, 'mer'] as const,
  obligations: (orgId: string, filters: TComplianceFilters) => ['orgs', orgId, 'mer', 'obligations', filters] as const,
  policy: (orgId: string) => ['orgs', orgId, 'mer', 'policy'] as const,
  feeds: (orgId: string) => ['orgs', orgId, 'mer', 'calendar-feeds'] as const,
};

export function useObligations(orgId: string, filters: TComplianceFilters) {
  return useQuery({
    queryKey: merKeys.obligations(orgId, filters),
    queryFn: ({ signal }) =>
      apiGet<TObligationList>(
        withQuery(`/api/orgs/${orgId}/mer/obligations`, {
          asOf: filters.asOf,
          unitId: filters.unitId,
          // The subtree switch means something only once a unit is chosen.
          subtree: filters.unitId ? String(filters.subtree ?? true) : undefined,
          status: filters.status,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMerPolicy(orgId: string) {
  return useQuery({
    queryKey: merKeys.policy(orgId),
    queryFn: ({ signal }) => apiGet<TMerPolicyView>(`/api/orgs/${orgId}/mer/policy`, signal),
  });
}

export function useSetMerPolicy(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TMerPolicyInput) => api<TMerPolicyView>(`/api/orgs/${orgId}/mer/policy`, { method: 'PUT', body }),
    onSuccess: (view) => {
      queryClient.setQueryData(merKeys.policy(orgId), view);
      // Statuses are judged by the new policy from now on.
      void queryClient.invalidateQueries({ queryKey: merKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export function useCalendarFeeds(orgId: string) {
  return useQuery({
    queryKey: merKeys.feeds(orgId),
    queryFn: ({ signal }) => apiGet<z.infer<typeof ZCalendarFeedList>>(`/api/orgs/${orgId}/mer/calendar-feeds`, signal),
  });
}

function useFeedMutation<TBody, TResult>(orgId: string, send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: merKeys.feeds(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useCreateCalendarFeed = (orgId: string) =>
  useFeedMutation(orgId, (body: TCreateCalendarFeedRequest) => apiPost<TCreatedCalendarFeed>(`/api/orgs/${orgId}/mer/calendar-feeds`, body));
export const useRevokeCalendarFeed = (orgId: string) =>
  useFeedMutation(orgId, (feedId: string) => apiDelete(`/api/orgs/${orgId}/mer/calendar-feeds/${feedId}`));
