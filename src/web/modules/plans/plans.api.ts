import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCreatePlanRequest,
  TPlanDiff,
  TPlanList,
  TPlanView,
  TUpdatePlanRequest,
  ZPlanVersionList,
  ZPlanVersionView,
} from '../../../domain/contract/plans.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { TPlanType } from '../../../domain/plans/plan-types.js';
import { apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export type TPlanVersionList = z.infer<typeof ZPlanVersionList>;
export type TPlanVersionView = z.infer<typeof ZPlanVersionView>;

export interface TPlanFilters {
  unitId?: string;
  subtree?: boolean;
  type?: TPlanType;
  state?: TPlanState;
  q?: string;
  limit?: number;
  offset?: number;
}

export const planKeys = {
  all: (orgId: string) => ['orgs', orgId, 'plans'] as const,
  list: (orgId: string, filters: TPlanFilters) => ['orgs', orgId, 'plans', 'list', filters] as const,
  detail: (orgId: string, planId: string) => ['orgs', orgId, 'plans', planId] as const,
};

export function usePlans(orgId: string, filters: TPlanFilters, enabled = true) {
  return useQuery({
    queryKey: planKeys.list(orgId, filters),
    queryFn: ({ signal }) =>
      apiGet<TPlanList>(
        withQuery(`/api/orgs/${orgId}/plans`, {
          ...filters,
          subtree: filters.unitId ? String(filters.subtree ?? true) : undefined,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePlan(orgId: string, planId: string) {
  return useQuery({
    queryKey: planKeys.detail(orgId, planId),
    queryFn: ({ signal }) => apiGet<TPlanView>(`/api/orgs/${orgId}/plans/${planId}`, signal),
  });
}

export function usePlanVersions(orgId: string, planId: string) {
  return useQuery({
    queryKey: [...planKeys.detail(orgId, planId), 'versions'],
    queryFn: ({ signal }) => apiGet<TPlanVersionList>(`/api/orgs/${orgId}/plans/${planId}/versions`, signal),
  });
}

export function usePlanDiff(orgId: string, planId: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...planKeys.detail(orgId, planId), 'diff', from, to],
    queryFn: ({ signal }) =>
      apiGet<TPlanDiff>(withQuery(`/api/orgs/${orgId}/plans/${planId}/diff`, { from, to }), signal),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

export function useCreatePlan(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreatePlanRequest) => apiPost<TPlanView>(`/api/orgs/${orgId}/plans`, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(orgId, plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.all(orgId) });
    },
  });
}

/** Every change to a plan answers with the new plan; the cache takes it and the lists, versions and audit refresh. */
function usePlanMutation<TBody>(orgId: string, planId: string, send: (body: TBody) => Promise<TPlanView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(orgId, planId), plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export function useUpdatePlan(orgId: string, planId: string) {
  return usePlanMutation(orgId, planId, (body: TUpdatePlanRequest) =>
    apiPatch<TPlanView>(`/api/orgs/${orgId}/plans/${planId}`, body),
  );
}

export type TPlanTransitionAction = 'submit' | 'return' | 'approve' | 'revise';

export function usePlanTransition(orgId: string, planId: string) {
  return usePlanMutation(orgId, planId, ({ action, comment }: { action: TPlanTransitionAction; comment?: string }) =>
    apiPost<TPlanView>(`/api/orgs/${orgId}/plans/${planId}/${action}`, action === 'revise' ? {} : { comment: comment ?? '' }),
  );
}
