import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZArrangementInput,
  ZArrangementList,
  ZArrangementPatch,
  ZDayRotaView,
  ZFollowUpInput,
  ZFollowUpList,
  ZReturnPlanInput,
  ZReturnPlanList,
  ZSurveyInput,
  ZSurveyList,
  ZSurveyResults,
  ZSurveyTrend,
  ZSurveyView,
  ZWhereaboutsView,
} from '../../../domain/contract/people.js';
import type { TLanguage } from '../../../domain/languages.js';
import { api, apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export type TArrangementList = z.infer<typeof ZArrangementList>;
export type TArrangement = TArrangementList['items'][number];
export type TSurvey = z.infer<typeof ZSurveyView>;
export type TSurveyResults = z.infer<typeof ZSurveyResults>;
export type TSurveyTrend = z.infer<typeof ZSurveyTrend>;
export type TReturnPlan = z.infer<typeof ZReturnPlanList>['items'][number];
export type TDayRota = z.infer<typeof ZDayRotaView>;
export type TWhereabouts = z.infer<typeof ZWhereaboutsView>;
export type TFollowUp = z.infer<typeof ZFollowUpList>['items'][number];

const base = (orgId: string) => `/api/orgs/${orgId}/people`;
const keys = { all: (orgId: string) => ['orgs', orgId, 'people-slice'] as const };

/** A survey text in the reader's language, else English, else whichever was given. */
export function textIn(text: Record<string, string> | undefined, language: string): string {
  if (!text) return '';
  return text[language as TLanguage]?.trim() || text.en?.trim() || Object.values(text).find((v) => v?.trim()) || '';
}

function useChange<I, O>(orgId: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.all(orgId) });
      void client.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useArrangements = (orgId: string) => useQuery({ queryKey: [...keys.all(orgId), 'arrangements'], queryFn: ({ signal }) => apiGet<TArrangementList>(`${base(orgId)}/arrangements`, signal) });
export const useCreateArrangement = (orgId: string) => useChange(orgId, (b: z.input<typeof ZArrangementInput>) => apiPost<TArrangement>(`${base(orgId)}/arrangements`, b));
export const useUpdateArrangement = (orgId: string) => useChange(orgId, ({ id, ...b }: z.input<typeof ZArrangementPatch> & { id: string }) => apiPatch<TArrangement>(`${base(orgId)}/arrangements/${id}`, b));

export const useSurveys = (orgId: string) => useQuery({ queryKey: [...keys.all(orgId), 'surveys'], queryFn: ({ signal }) => apiGet<z.infer<typeof ZSurveyList>>(`${base(orgId)}/surveys`, signal) });
export const useSurvey = (orgId: string, id: string) => useQuery({ queryKey: [...keys.all(orgId), 'surveys', id], queryFn: ({ signal }) => apiGet<TSurvey>(`${base(orgId)}/surveys/${id}`, signal) });
export const useSurveyResults = (orgId: string, id: string, enabled: boolean) =>
  useQuery({ queryKey: [...keys.all(orgId), 'surveys', id, 'results'], queryFn: ({ signal }) => apiGet<TSurveyResults>(`${base(orgId)}/surveys/${id}/results`, signal), enabled });
export const useSurveyTrend = (orgId: string, id: string, enabled: boolean) =>
  useQuery({ queryKey: [...keys.all(orgId), 'surveys', id, 'trend'], queryFn: ({ signal }) => apiGet<TSurveyTrend>(`${base(orgId)}/surveys/${id}/trend`, signal), enabled });
export const useFollowUps = (orgId: string, id: string, enabled: boolean) =>
  useQuery({ queryKey: [...keys.all(orgId), 'surveys', id, 'follow-ups'], queryFn: ({ signal }) => apiGet<z.infer<typeof ZFollowUpList>>(`${base(orgId)}/surveys/${id}/follow-ups`, signal), enabled });
export const useCreateSurvey = (orgId: string) => useChange(orgId, (b: z.input<typeof ZSurveyInput>) => apiPost<TSurvey>(`${base(orgId)}/surveys`, b));
export const useLaunchSurvey = (orgId: string) => useChange(orgId, (id: string) => apiPost<TSurvey>(`${base(orgId)}/surveys/${id}/launch`));
export const useCloseSurvey = (orgId: string) => useChange(orgId, (id: string) => apiPost<TSurvey>(`${base(orgId)}/surveys/${id}/close`));
export const useAnswerSurvey = (orgId: string, id: string) => useChange(orgId, (answers: Record<string, number | string | null>) => apiPost<{ answered: true }>(`${base(orgId)}/surveys/${id}/responses`, { answers }));
export const useCreateFollowUp = (orgId: string, id: string) => useChange(orgId, (b: z.input<typeof ZFollowUpInput>) => apiPost<TFollowUp>(`${base(orgId)}/surveys/${id}/follow-ups`, b));
export const useSetFollowUpStatus = (orgId: string, id: string) => useChange(orgId, (b: { followUpId: string; status: 'open' | 'closed' }) => apiPatch<TFollowUp>(`${base(orgId)}/surveys/${id}/follow-ups/${b.followUpId}`, { status: b.status }));

export const useReturnPlans = (orgId: string) => useQuery({ queryKey: [...keys.all(orgId), 'return-plans'], queryFn: ({ signal }) => apiGet<z.infer<typeof ZReturnPlanList>>(`${base(orgId)}/return-plans`, signal) });
export const useSaveReturnPlan = (orgId: string) =>
  useChange(orgId, ({ id, body }: { id: string | null; body: z.input<typeof ZReturnPlanInput> }) => (id ? api<TReturnPlan>(`${base(orgId)}/return-plans/${id}`, { method: 'PUT', body }) : apiPost<TReturnPlan>(`${base(orgId)}/return-plans`, body)));
export const useRota = (orgId: string, planId: string, date: string) =>
  useQuery({ queryKey: [...keys.all(orgId), 'return-plans', planId, 'rota', date], queryFn: ({ signal }) => apiGet<TDayRota>(withQuery(`${base(orgId)}/return-plans/${planId}/rota`, { date }), signal), enabled: Boolean(planId && date) });
export const useMyWhereabouts = (orgId: string, date: string, enabled: boolean) =>
  useQuery({ queryKey: [...keys.all(orgId), 'whereabouts', date], queryFn: ({ signal }) => apiGet<TWhereabouts>(withQuery(`${base(orgId)}/whereabouts`, { date }), signal), enabled: enabled && Boolean(date), retry: false });
