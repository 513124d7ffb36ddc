import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAccreditationInput,
  ZBodyInput,
  ZBodyList,
  ZBodyView,
  ZBreakSilenceInput,
  ZCirculateInput,
  ZContinuityInput,
  ZMeetingInput,
  ZProcedureView,
  ZSilenceInput,
  ZStatementReceipt,
  ZVerifyView,
  ZVoteInput,
  ZVoteReceipt,
  ZWrittenVoteInput,
} from '../../../domain/contract/governance.js';
import { api, apiGet, apiPost } from '../../app/api.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';

export type TBodyList = z.infer<typeof ZBodyList>;
export type TBodyView = z.infer<typeof ZBodyView>;
export type TProcedureView = z.infer<typeof ZProcedureView>;
export type TVerifyView = z.infer<typeof ZVerifyView>;
export type TVoteReceipt = z.infer<typeof ZVoteReceipt>;
export type TStatementReceipt = z.infer<typeof ZStatementReceipt>;

const base = (orgId: string) => `/api/orgs/${orgId}/governance`;
export const governanceKeys = {
  all: (orgId: string) => ['orgs', orgId, 'governance'] as const,
  bodies: (orgId: string) => ['orgs', orgId, 'governance', 'bodies'] as const,
  body: (orgId: string, id: string) => ['orgs', orgId, 'governance', 'bodies', id] as const,
  procedure: (orgId: string, id: string) => ['orgs', orgId, 'governance', 'procedures', id] as const,
};

export const useBodies = (orgId: string) => useQuery({ queryKey: governanceKeys.bodies(orgId), queryFn: ({ signal }) => apiGet<TBodyList>(`${base(orgId)}/bodies`, signal) });
export const useBody = (orgId: string, bodyId: string) => useQuery({ queryKey: governanceKeys.body(orgId, bodyId), queryFn: ({ signal }) => apiGet<TBodyView>(`${base(orgId)}/bodies/${bodyId}`, signal) });
/** Refreshed every 30 s while open: the state turns at the deadline, and the record grows as members act. */
export const useProcedure = (orgId: string, id: string) =>
  useQuery({ queryKey: governanceKeys.procedure(orgId, id), queryFn: ({ signal }) => apiGet<TProcedureView>(`${base(orgId)}/procedures/${id}`, signal), refetchInterval: 30_000 });

function useGovernanceMutation<B, R>(orgId: string, send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: governanceKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useCreateBody = (orgId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZBodyInput>) => apiPost<{ id: string }>(`${base(orgId)}/bodies`, b));
export const useAddMember = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: { name: string }) => apiPost<{ id: string }>(`${base(orgId)}/bodies/${bodyId}/members`, b));
export const useAccredit = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZAccreditationInput>) => apiPost<{ id: string }>(`${base(orgId)}/bodies/${bodyId}/accreditations`, b));
export const useEndAccreditation = (orgId: string) => useGovernanceMutation(orgId, (b: { id: string; validUntil: string }) => apiPost<void>(`${base(orgId)}/accreditations/${b.id}/end`, { validUntil: b.validUntil }));
export const useRecordMeeting = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZMeetingInput>) => apiPost<{ id: string }>(`${base(orgId)}/bodies/${bodyId}/meetings`, b));
export const useSetContinuity = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZContinuityInput>) => api<void>(`${base(orgId)}/bodies/${bodyId}/continuity`, { method: 'PUT', body: b }));
export const useNewSilence = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZSilenceInput>) => apiPost<{ id: string }>(`${base(orgId)}/bodies/${bodyId}/silence-procedures`, b));
export const useNewWrittenVote = (orgId: string, bodyId: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZWrittenVoteInput>) => apiPost<{ id: string }>(`${base(orgId)}/bodies/${bodyId}/written-votes`, b));
export const useSetText = (orgId: string, id: string) => useGovernanceMutation(orgId, (b: { language: string; text: string }) => api<void>(`${base(orgId)}/procedures/${id}/texts/${b.language}`, { method: 'PUT', body: { text: b.text } }));
export const useCirculate = (orgId: string, id: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZCirculateInput>) => apiPost<void>(`${base(orgId)}/procedures/${id}/circulate`, b));
export const useWithdraw = (orgId: string, id: string) => useGovernanceMutation(orgId, (b: { reason: string }) => apiPost<void>(`${base(orgId)}/procedures/${id}/withdraw`, b));
export const useBreakSilence = (orgId: string, id: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZBreakSilenceInput>) => apiPost<TStatementReceipt>(`${base(orgId)}/procedures/${id}/break-silence`, b));
export const useVote = (orgId: string, id: string) => useGovernanceMutation(orgId, (b: z.input<typeof ZVoteInput>) => apiPost<TVoteReceipt>(`${base(orgId)}/procedures/${id}/votes`, b));
export const useVerify = (orgId: string, id: string) => useMutation({ mutationFn: () => apiGet<TVerifyView>(`${base(orgId)}/procedures/${id}/verify`) });

/** The refusals of the rules, worded for the reader. */
export const useGovernanceErrorMessage = () =>
  useCodedErrorMessage(
    Object.fromEntries(
      ['missing_languages', 'deadline_too_short', 'not_accredited', 'not_a_member', 'deadline_passed', 'already_broken', 'already_voted', 'voting_closed', 'concluded', 'name_taken', 'no_members'].map((c) => [`governance.${c}`, `governance.errors.${c}`]),
    ),
    'governance.errors.forbidden',
  );
