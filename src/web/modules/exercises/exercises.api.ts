import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TConductRequest, TExerciseInput, TExerciseUpdate, TExerciseView, TFindingInput, ZExerciseList } from '../../../domain/contract/exercises.js';
import type { TExerciseState } from '../../../domain/mer/exercises.js';
import { apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export type TExerciseSummary = z.infer<typeof ZExerciseList>['items'][number];

/** What the list asks the server: the unit and the state (the type is filtered on the page). */
export interface TExerciseFilters {
  unitId?: string;
  state?: TExerciseState;
}

export const exerciseKeys = {
  all: (orgId: string) => ['orgs', orgId, 'exercises'] as const,
  list: (orgId: string, filters: TExerciseFilters) => ['orgs', orgId, 'exercises', 'list', filters] as const,
  detail: (orgId: string, exerciseId: string) => ['orgs', orgId, 'exercises', 'detail', exerciseId] as const,
};

const base = (orgId: string) => `/api/orgs/${orgId}/exercises`;

export const reportUrl = (orgId: string, exerciseId: string) => `${base(orgId)}/${exerciseId}/report.pdf`;

export function useExercises(orgId: string, filters: TExerciseFilters) {
  return useQuery({
    queryKey: exerciseKeys.list(orgId, filters),
    queryFn: ({ signal }) => apiGet<{ items: TExerciseSummary[]; allowedActions: { create: boolean } }>(withQuery(base(orgId), { unitId: filters.unitId, state: filters.state }), signal),
    placeholderData: keepPreviousData,
  });
}

export function useExercise(orgId: string, exerciseId: string) {
  return useQuery({
    queryKey: exerciseKeys.detail(orgId, exerciseId),
    queryFn: ({ signal }) => apiGet<TExerciseView>(`${base(orgId)}/${exerciseId}`, signal),
    retry: false,
  });
}

/** Every change of an exercise may change the compliance statuses and the remedial actions too. */
function useExerciseMutation<TBody>(orgId: string, send: (body: TBody) => Promise<TExerciseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      queryClient.setQueryData(exerciseKeys.detail(orgId, view.id), view);
      for (const key of [exerciseKeys.all(orgId), ['orgs', orgId, 'mer'], ['orgs', orgId, 'remedial-actions'], ['orgs', orgId, 'audit']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export const useCreateExercise = (orgId: string) => useExerciseMutation(orgId, (body: TExerciseInput) => apiPost<TExerciseView>(base(orgId), body));
export const useUpdateExercise = (orgId: string, exerciseId: string) =>
  useExerciseMutation(orgId, (body: TExerciseUpdate) => apiPatch<TExerciseView>(`${base(orgId)}/${exerciseId}`, body));
export const useConductExercise = (orgId: string, exerciseId: string) =>
  useExerciseMutation(orgId, (body: TConductRequest) => apiPost<TExerciseView>(`${base(orgId)}/${exerciseId}/conduct`, body));
export const useAddFinding = (orgId: string, exerciseId: string) =>
  useExerciseMutation(orgId, (body: TFindingInput) => apiPost<TExerciseView>(`${base(orgId)}/${exerciseId}/findings`, body));
export const useCloseExercise = (orgId: string, exerciseId: string) => useExerciseMutation(orgId, () => apiPost<TExerciseView>(`${base(orgId)}/${exerciseId}/close`));
