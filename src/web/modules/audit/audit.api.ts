import { useQuery } from '@tanstack/react-query';
import type { TAuditEntryView } from '../../../domain/contract/audit.js';
import { apiGet, withQuery } from '../../app/api.js';

export function useAuditTrail(orgId: string, entityType: string, entityId: string, limit = 100) {
  return useQuery({
    queryKey: ['orgs', orgId, 'audit', entityType, entityId, limit],
    queryFn: ({ signal }) =>
      apiGet<{ items: TAuditEntryView[] }>(withQuery(`/api/orgs/${orgId}/audit`, { entityType, entityId, limit }), signal),
  });
}
