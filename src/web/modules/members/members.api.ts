import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TAssignRoleRequest,
  TCreateMemberRequest,
  TMemberView,
  TRoleAssignmentView,
  ZMemberList,
} from '../../../domain/contract/members.js';
import { apiDelete, apiGet, apiPost } from '../../app/api.js';
import { keys } from '../../app/session.js';

export type TMemberList = z.infer<typeof ZMemberList>;

export const memberKeys = {
  list: (orgId: string) => ['orgs', orgId, 'members'] as const,
};

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: memberKeys.list(orgId),
    queryFn: ({ signal }) => apiGet<TMemberList>(`/api/orgs/${orgId}/members`, signal),
    enabled: Boolean(orgId),
  });
}

/** A role change may concern the signed-in user: their /api/me memberships follow. */
function useRefreshMembers(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: memberKeys.list(orgId), exact: true }),
      queryClient.invalidateQueries({ queryKey: keys.me, exact: true }),
    ]);
}

export function useCreateMember(orgId: string) {
  const refresh = useRefreshMembers(orgId);
  return useMutation({
    mutationFn: (body: TCreateMemberRequest) => apiPost<TMemberView>(`/api/orgs/${orgId}/members`, body),
    onSuccess: refresh,
  });
}

export function useAssignRole(orgId: string) {
  const refresh = useRefreshMembers(orgId);
  return useMutation({
    mutationFn: (body: TAssignRoleRequest) => apiPost<TRoleAssignmentView>(`/api/orgs/${orgId}/role-assignments`, body),
    onSuccess: refresh,
  });
}

export function useRevokeRole(orgId: string) {
  const refresh = useRefreshMembers(orgId);
  return useMutation({
    mutationFn: (assignmentId: string) => apiDelete(`/api/orgs/${orgId}/role-assignments/${assignmentId}`),
    onSuccess: refresh,
  });
}
