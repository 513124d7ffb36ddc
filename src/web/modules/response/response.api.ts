import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZBroadcastInput, ZEventDeclaration, ZSitrepInput, ZTimersInput } from '../../../domain/contract/response.js';
import type { TChannel, TReachProblem } from '../../../domain/response/audience.js';
import type { TAccountability, TCheckInStatus } from '../../../domain/response/check-in.js';
import type { TEventState, TEventTransition } from '../../../domain/response/events.js';
import { api, apiGet, apiPost } from '../../app/api.js';

export type TDeclaration = z.input<typeof ZEventDeclaration>;
export type TBroadcastInput = z.input<typeof ZBroadcastInput>;
export type TSitrepInput = z.input<typeof ZSitrepInput>;
export type TTimersInput = z.input<typeof ZTimersInput>;

export interface TEventSummary {
  id: string;
  type: string;
  title: string;
  description: string;
  severity: string;
  expectedDuration: 'short' | 'protracted';
  exercise: boolean;
  state: TEventState;
  affectedUnitIds: string[];
  affectedUnitNames: string[];
  locations: string[];
  declaredAt: string;
  activatedAt: string | null;
  stabilizedAt: string | null;
  closedAt: string | null;
}

export interface TEventView {
  event: TEventSummary;
  timers: { warningAfterMinutes: number; realertEveryMinutes: number; maxRealerts: number; escalateAtRound: number; sitrepIntervalMinutes: number | null };
  phases: { phase: string; enteredAt: string }[];
  reassessment: { due: boolean; dueAt: string; reason: string } | null;
  proposedPlans: { planId: string; unitName: string; type: string; title: string; reason: string; active: boolean }[];
  activations: { id: string; planId: string; title: string; versionNumber: number; roles: { id: string; title: string; primaryPersonId: string | null; calledByRoleId: string | null }[]; firstActions: { id: string; phase: string; who: string; does: string }[]; activatedAt: string; deactivatedAt: string | null }[];
  team: { role: string; personId: string; assignedAt: string }[];
  allowedActions: { manage: boolean; readWorkspace: boolean; transitions: TEventTransition[] };
}

export interface TPreview {
  recipients: number;
  unreachable: number;
  byChannel: Partial<Record<TChannel, number>>;
  byProblem: Partial<Record<TReachProblem, number>>;
  issues: { personId: string; fullName: string; problem: TReachProblem; channel?: TChannel }[];
  issuesShown: number;
  issuesTotal: number;
}

export interface TBroadcastProgress {
  id: string;
  template: 'alert' | 'update';
  channels: string[];
  message: string;
  recipients: number;
  unreachable: number;
  stale: number;
  createdAt: string;
  delivery: { channel: string; status: string; count: number }[];
}

type TPersonLine = { personId: string; fullName: string; unitName: string };
export interface TBoard {
  exercise: boolean;
  overall: TAccountability;
  offices: ({ unitId: string; unitName: string } & TAccountability)[];
  needHelp: (TPersonLine & { note: string; at: string; reportedByName: string })[];
  noAnswer: (TPersonLine & { reachable: boolean })[];
  noAnswerTotal: number;
  unrecognizedReplies: (TPersonLine & { text: string; at: string })[];
}

export interface TLogEntry {
  id: string;
  kind: 'decision' | 'action' | 'note' | 'reassessment' | 'sitrep' | 'update';
  body: Record<string, unknown>;
  ownerName: string | null;
  doneAt: string | null;
  at: string;
  byName: string;
}
export interface TLog {
  items: TLogEntry[];
  sitreps: { kind: 'tactical' | 'executive'; dueAt: string; overdue: boolean }[];
}

const keys = {
  all: (orgId: string) => ['orgs', orgId, 'events'] as const,
  event: (orgId: string, id: string) => ['orgs', orgId, 'events', id] as const,
  part: (orgId: string, id: string, part: string) => ['orgs', orgId, 'events', id, part] as const,
};
const base = (orgId: string) => `/api/orgs/${orgId}/events`;

export const useEvents = (orgId: string) =>
  useQuery({ queryKey: keys.all(orgId), queryFn: ({ signal }) => apiGet<{ items: (TEventSummary & { affectedUnitNames: string[] })[]; allowedActions: { declare: boolean } }>(base(orgId), signal) });
export const useEvent = (orgId: string, id: string) => useQuery({ queryKey: keys.event(orgId, id), queryFn: ({ signal }) => apiGet<TEventView>(`${base(orgId)}/${id}`, signal) });
/** The roll call refreshes itself while the page is open: check-ins arrive by the minute. */
export const useBoard = (orgId: string, id: string, enabled: boolean) =>
  useQuery({ queryKey: keys.part(orgId, id, 'accountability'), queryFn: ({ signal }) => apiGet<TBoard>(`${base(orgId)}/${id}/accountability`, signal), enabled, refetchInterval: 10_000 });
export const useBroadcasts = (orgId: string, id: string, enabled: boolean) =>
  useQuery({ queryKey: keys.part(orgId, id, 'broadcasts'), queryFn: ({ signal }) => apiGet<{ items: TBroadcastProgress[] }>(`${base(orgId)}/${id}/broadcasts`, signal), enabled, refetchInterval: 5_000 });
export const useLog = (orgId: string, id: string, enabled: boolean) => useQuery({ queryKey: keys.part(orgId, id, 'log'), queryFn: ({ signal }) => apiGet<TLog>(`${base(orgId)}/${id}/log`, signal), enabled });
export const useUpdates = (orgId: string, id: string) =>
  useQuery({ queryKey: keys.part(orgId, id, 'updates'), queryFn: ({ signal }) => apiGet<{ items: { id: string; title: string; body: string; at: string; byName: string }[] }>(`${base(orgId)}/${id}/updates`, signal) });

function useChange<B, R>(orgId: string, send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.all(orgId) });
      void client.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useDeclare = (orgId: string) => useChange(orgId, (body: TDeclaration) => apiPost<TEventSummary>(base(orgId), body));
export const useTransition = (orgId: string, id: string) => useChange(orgId, (body: { transition: TEventTransition }) => apiPost<{ state: TEventState; postIncidentReviewId: string | null }>(`${base(orgId)}/${id}/transitions`, body));
export const usePhase = (orgId: string, id: string) => useChange(orgId, (body: { phase: string }) => apiPost(`${base(orgId)}/${id}/phases`, body));
export const useReassess = (orgId: string, id: string) => useChange(orgId, (body: { note: string }) => apiPost(`${base(orgId)}/${id}/reassessments`, body));
export const useTimers = (orgId: string, id: string) => useChange(orgId, (body: TTimersInput) => api(`${base(orgId)}/${id}/timers`, { method: 'PUT', body }));
export const usePlanActivation = (orgId: string, id: string) =>
  useChange(orgId, ({ planId, active }: { planId: string; active: boolean }) => api(`${base(orgId)}/${id}/plans/${planId}/activation`, { method: active ? 'POST' : 'DELETE' }));
export const usePreview = (orgId: string, id: string) => useMutation({ mutationFn: (body: TBroadcastInput) => apiPost<TPreview>(`${base(orgId)}/${id}/broadcasts/preview`, body) });
export const useBroadcast = (orgId: string, id: string) => useChange(orgId, (body: TBroadcastInput) => apiPost<{ id: string; recipients: number; notifications: number; unreachable: number }>(`${base(orgId)}/${id}/broadcasts`, body));
export const useCheckInFor = (orgId: string, id: string) => useChange(orgId, (body: { personId: string; status: TCheckInStatus; note?: string }) => apiPost(`${base(orgId)}/${id}/check-ins`, body));
export const useTeam = (orgId: string, id: string) => useChange(orgId, (body: { role: string; personId: string }) => apiPost(`${base(orgId)}/${id}/team`, body));
export const useDecision = (orgId: string, id: string) => useChange(orgId, (body: { decision: string; rationale: string; optionsConsidered: string[] }) => apiPost(`${base(orgId)}/${id}/decisions`, body));
export const useAction = (orgId: string, id: string) => useChange(orgId, (body: { title: string; ownerPersonId: string }) => apiPost(`${base(orgId)}/${id}/actions`, body));
export const useActionDone = (orgId: string, id: string) => useChange(orgId, (entryId: string) => apiPost(`${base(orgId)}/${id}/actions/${entryId}/done`));
export const useSitrep = (orgId: string, id: string) => useChange(orgId, (body: TSitrepInput) => apiPost(`${base(orgId)}/${id}/sitreps`, body));
export const usePublishUpdate = (orgId: string, id: string) => useChange(orgId, (body: { title: string; body: string }) => apiPost(`${base(orgId)}/${id}/updates`, body));

/** The public check-in page's calls: no session, the link is the credential. */
export const checkInUrl = (token: string) => `/api-public/response/check-in/${encodeURIComponent(token)}`;
export interface TLinkInfo {
  orgName: string;
  eventTitle: string;
  exercise: boolean;
  language: string;
  firstName: string;
  latest: { status: TCheckInStatus; at: string } | null;
}
