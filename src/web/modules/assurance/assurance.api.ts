import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TCrisisTeamView,
  TFramework,
  TKpiReport,
  TKpiRow,
  TMaturityView,
  TPolicyDocumentView,
  ZCoreElementRatingInput,
  ZCrisisTeamInput,
  ZCrisisTeamMeetingInput,
  ZCrisisTeamMemberInput,
  ZKpiRatingInput,
  ZKpiVerificationInput,
  ZMaturityRatingInput,
  ZPolicyDocumentInput,
} from '../../../domain/contract/assurance.js';
import { api, apiGet, apiPost } from '../../app/api.js';

export type { TCrisisTeamView, TFramework, TKpiReport, TKpiRow, TMaturityView, TPolicyDocumentView };

const keys = {
  all: (orgId: string) => ['orgs', orgId, 'assurance'] as const,
  framework: (orgId: string) => ['orgs', orgId, 'assurance', 'framework'] as const,
  team: (orgId: string) => ['orgs', orgId, 'assurance', 'crisis-team'] as const,
  kpis: (orgId: string, asOf: string | undefined) => ['orgs', orgId, 'assurance', 'kpis', asOf ?? 'today'] as const,
  maturity: (orgId: string) => ['orgs', orgId, 'assurance', 'maturity'] as const,
};
const base = (orgId: string) => `/api/orgs/${orgId}/assurance`;

export const useFramework = (orgId: string) => useQuery({ queryKey: keys.framework(orgId), queryFn: ({ signal }) => apiGet<TFramework>(`${base(orgId)}/framework`, signal) });
export const useCrisisTeam = (orgId: string) => useQuery({ queryKey: keys.team(orgId), queryFn: ({ signal }) => apiGet<TCrisisTeamView>(`${base(orgId)}/crisis-team`, signal) });
export const useKpis = (orgId: string, asOf?: string) =>
  useQuery({ queryKey: keys.kpis(orgId, asOf), queryFn: ({ signal }) => apiGet<TKpiReport>(`${base(orgId)}/kpis${asOf ? `?asOf=${asOf}` : ''}`, signal) });
export const useMaturity = (orgId: string) => useQuery({ queryKey: keys.maturity(orgId), queryFn: ({ signal }) => apiGet<TMaturityView>(`${base(orgId)}/maturity`, signal) });

/** Any change may move a derived KPI or the maturity suggestion: read all of assurance again, and the audit trail. */
function useInvalidate(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
    void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
  };
}
const mutation = <B, R>(orgId: string, send: (body: B) => Promise<R>) => {
  const invalidate = useInvalidate(orgId);
  return useMutation({ mutationFn: send, onSuccess: invalidate });
};

export const useSaveDocument = (orgId: string) =>
  mutation(orgId, ({ id, ...body }: z.input<typeof ZPolicyDocumentInput> & { id?: string }) =>
    id ? api<TPolicyDocumentView>(`${base(orgId)}/documents/${id}`, { method: 'PUT', body }) : apiPost<TPolicyDocumentView>(`${base(orgId)}/documents`, body),
  );
export const useRateCoreElement = (orgId: string) => mutation(orgId, (body: z.input<typeof ZCoreElementRatingInput>) => apiPost<TFramework>(`${base(orgId)}/core-elements/ratings`, body));
export const useSaveTeam = (orgId: string) => mutation(orgId, (body: z.input<typeof ZCrisisTeamInput>) => api<TCrisisTeamView>(`${base(orgId)}/crisis-team`, { method: 'PUT', body }));
export const useAddMember = (orgId: string) => mutation(orgId, (body: z.input<typeof ZCrisisTeamMemberInput>) => apiPost<TCrisisTeamView>(`${base(orgId)}/crisis-team/members`, body));
export const useEndMember = (orgId: string) => mutation(orgId, ({ id, until }: { id: string; until: string }) => apiPost<TCrisisTeamView>(`${base(orgId)}/crisis-team/members/${id}/end`, { until }));
export const useRecordMeeting = (orgId: string) => mutation(orgId, (body: z.input<typeof ZCrisisTeamMeetingInput>) => apiPost<TCrisisTeamView>(`${base(orgId)}/crisis-team/meetings`, body));
export const useRateKpi = (orgId: string) => mutation(orgId, ({ number, ...body }: z.input<typeof ZKpiRatingInput> & { number: number }) => apiPost<TKpiRow>(`${base(orgId)}/kpis/${number}/rating`, body));
export const useVerifyKpi = (orgId: string) => mutation(orgId, ({ number, ...body }: z.input<typeof ZKpiVerificationInput> & { number: number }) => apiPost<TKpiRow>(`${base(orgId)}/kpis/${number}/verification`, body));
export const useRateMaturity = (orgId: string) => mutation(orgId, (body: z.input<typeof ZMaturityRatingInput>) => apiPost<TMaturityView>(`${base(orgId)}/maturity/ratings`, body));
