import { useQuery } from '@tanstack/react-query';
import type { TMeView, TOrgView } from '../../domain/contract/orgs.js';
import { apiGet } from './api.js';

/** Not part of the zod contract yet: GET /api/health is plumbing, not a domain view. */
interface THealth {
  status: string;
  database: string;
  version: string;
}

export const keys = {
  me: ['me'] as const,
  orgs: ['orgs'] as const,
  org: (orgId: string) => ['orgs', orgId] as const,
  health: ['health'] as const,
};

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: ({ signal }) => apiGet<TMeView>('/api/me', signal), staleTime: 60_000 });
}

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: keys.orgs,
    queryFn: ({ signal }) => apiGet<{ items: TOrgView[] }>('/api/orgs', signal),
    enabled,
  });
}

export function useOrg(orgId: string | undefined) {
  return useQuery({
    queryKey: keys.org(orgId ?? ''),
    queryFn: ({ signal }) => apiGet<TOrgView>(`/api/orgs/${orgId}`, signal),
    enabled: Boolean(orgId),
  });
}

export function useHealth() {
  return useQuery({
    queryKey: keys.health,
    queryFn: ({ signal }) => apiGet<THealth>('/api/health', signal),
    staleTime: 5 * 60_000,
  });
}
