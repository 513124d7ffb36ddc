import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TBiaSettings,
  TBiaSettingsView,
  TCampaignDetail,
  TCampaignInput,
  TCampaignView,
  TDependencyInput,
  TDependencyView,
  TEffortInput,
  TEffortList,
  TGapReport,
  TServiceInput,
  TServiceUpdate,
  TServiceView,
  TUnitBiaView,
} from '../../../domain/contract/bia.js';
import { api, apiDelete, apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export const biaKeys = {
  all: (orgId: string) => ['orgs', orgId, 'bia'] as const,
  settings: (orgId: string) => ['orgs', orgId, 'bia', 'settings'] as const,
  unit: (orgId: string, unitId: string) => ['orgs', orgId, 'bia', 'unit', unitId] as const,
  services: (orgId: string, unitId: string) => ['orgs', orgId, 'bia', 'services', unitId] as const,
  dependencies: (orgId: string) => ['orgs', orgId, 'bia', 'dependencies'] as const,
  gaps: (orgId: string, unitId: string | undefined) => ['orgs', orgId, 'bia', 'gaps', unitId ?? 'all'] as const,
  campaigns: (orgId: string) => ['orgs', orgId, 'bia', 'campaigns'] as const,
  campaign: (orgId: string, id: string) => ['orgs', orgId, 'bia', 'campaigns', id] as const,
  effort: (orgId: string, unitId: string) => ['orgs', orgId, 'bia', 'effort', unitId] as const,
};

const base = (orgId: string) => `/api/orgs/${orgId}/bia`;

export const useBiaSettings = (orgId: string) =>
  useQuery({ queryKey: biaKeys.settings(orgId), queryFn: ({ signal }) => apiGet<TBiaSettingsView>(`${base(orgId)}/settings`, signal), staleTime: 5 * 60_000 });

export const useUnitBia = (orgId: string, unitId: string | undefined) =>
  useQuery({ queryKey: biaKeys.unit(orgId, unitId ?? ''), queryFn: ({ signal }) => apiGet<TUnitBiaView>(`${base(orgId)}/units/${unitId}`, signal), enabled: Boolean(unitId), retry: false });

export const useServices = (orgId: string, unitId: string | undefined) =>
  useQuery({
    queryKey: biaKeys.services(orgId, unitId ?? ''),
    queryFn: ({ signal }) => apiGet<{ items: TServiceView[] }>(withQuery(`${base(orgId)}/services`, { unitId, subtree: 'false' }), signal),
    enabled: Boolean(unitId),
  });

/** Every dependency the caller may read: services may use those of any unit. */
export const useDependencies = (orgId: string) =>
  useQuery({ queryKey: biaKeys.dependencies(orgId), queryFn: ({ signal }) => apiGet<{ items: TDependencyView[] }>(`${base(orgId)}/dependencies`, signal) });

export const useGaps = (orgId: string, unitId: string | undefined) =>
  useQuery({ queryKey: biaKeys.gaps(orgId, unitId), queryFn: ({ signal }) => apiGet<TGapReport>(withQuery(`${base(orgId)}/gaps`, { unitId }), signal) });

export const useCampaigns = (orgId: string) =>
  useQuery({ queryKey: biaKeys.campaigns(orgId), queryFn: ({ signal }) => apiGet<{ items: TCampaignView[]; allowedActions: { launch: boolean } }>(`${base(orgId)}/campaigns`, signal) });

export const useCampaign = (orgId: string, id: string | undefined) =>
  useQuery({ queryKey: biaKeys.campaign(orgId, id ?? ''), queryFn: ({ signal }) => apiGet<TCampaignDetail>(`${base(orgId)}/campaigns/${id}`, signal), enabled: Boolean(id) });

export const useEffort = (orgId: string, unitId: string | undefined) =>
  useQuery({ queryKey: biaKeys.effort(orgId, unitId ?? ''), queryFn: ({ signal }) => apiGet<TEffortList>(withQuery(`${base(orgId)}/effort`, { unitId }), signal), enabled: Boolean(unitId) });

/** Any BIA change can move states, gaps, counts and progress: refresh the whole BIA cache. */
function useBiaMutation<TBody, TResult>(orgId: string, send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: biaKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useSaveService = (orgId: string) =>
  useBiaMutation(orgId, ({ id, body }: { id?: string; body: TServiceInput | TServiceUpdate }) =>
    id ? apiPatch<TServiceView>(`${base(orgId)}/services/${id}`, body) : apiPost<TServiceView>(`${base(orgId)}/services`, body),
  );
export const useDeleteService = (orgId: string) => useBiaMutation(orgId, (id: string) => apiDelete(`${base(orgId)}/services/${id}`));
export const useSaveDependency = (orgId: string) =>
  useBiaMutation(orgId, ({ id, body }: { id?: string; body: TDependencyInput | Omit<TDependencyInput, 'unitId'> }) =>
    id ? apiPatch<TDependencyView>(`${base(orgId)}/dependencies/${id}`, body) : apiPost<TDependencyView>(`${base(orgId)}/dependencies`, body),
  );
export const useDeleteDependency = (orgId: string) => useBiaMutation(orgId, (id: string) => apiDelete(`${base(orgId)}/dependencies/${id}`));
export const useUnitTransition = (orgId: string, unitId: string) =>
  useBiaMutation(orgId, (action: 'submit' | 'approve' | 'revise') => apiPost<TUnitBiaView>(`${base(orgId)}/units/${unitId}/${action}`, {}));
export const useLaunchCampaign = (orgId: string) => useBiaMutation(orgId, (body: TCampaignInput) => apiPost<TCampaignDetail>(`${base(orgId)}/campaigns`, body));
export const useCloseCampaign = (orgId: string) => useBiaMutation(orgId, (id: string) => apiPost<TCampaignDetail>(`${base(orgId)}/campaigns/${id}/close`, {}));
export const useRecordEffort = (orgId: string) => useBiaMutation(orgId, (body: TEffortInput) => apiPost(`${base(orgId)}/effort`, body));
export const usePutSettings = (orgId: string) => useBiaMutation(orgId, (body: TBiaSettings) => api<TBiaSettingsView>(`${base(orgId)}/settings`, { method: 'PUT', body }));

export const exportUrl = (orgId: string, unitId: string | undefined, language: string) => withQuery(`${base(orgId)}/export.xlsx`, { unitId, language });
