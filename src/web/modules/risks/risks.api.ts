import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TPlansWithoutRisksReport,
  TRiskImportReport,
  TRiskImportRequest,
  TRiskInput,
  TRiskList,
  TRiskListQuery,
  TRiskView,
  TUnansweredReport,
  TUpdateRiskRequest,
  ZServiceOptions,
} from '../../../domain/contract/risks.js';
import { ApiError, apiDelete, apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

export type TRiskFilters = Partial<Omit<TRiskListQuery, 'subtree'>> & { subtree?: boolean };

export const riskKeys = {
  all: (orgId: string) => ['orgs', orgId, 'risks'] as const,
  list: (orgId: string, filters: TRiskFilters) => ['orgs', orgId, 'risks', 'list', filters] as const,
  detail: (orgId: string, riskId: string) => ['orgs', orgId, 'risks', 'detail', riskId] as const,
};

export function useRisks(orgId: string, filters: TRiskFilters) {
  return useQuery({
    queryKey: riskKeys.list(orgId, filters),
    queryFn: ({ signal }) =>
      apiGet<TRiskList>(withQuery(`/api/orgs/${orgId}/risks`, { ...filters, subtree: filters.unitId ? String(filters.subtree ?? true) : undefined }), signal),
    placeholderData: keepPreviousData,
  });
}

export function useRisk(orgId: string, riskId: string | undefined) {
  return useQuery({
    queryKey: riskKeys.detail(orgId, riskId ?? ''),
    queryFn: ({ signal }) => apiGet<TRiskView>(`/api/orgs/${orgId}/risks/${riskId}`, signal),
    enabled: Boolean(riskId),
  });
}

export function useServiceOptions(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...riskKeys.all(orgId), 'services'],
    queryFn: ({ signal }) => apiGet<z.infer<typeof ZServiceOptions>>(`/api/orgs/${orgId}/risks/services`, signal),
    enabled,
    staleTime: 60_000,
  });
}

export function useUnansweredRisks(orgId: string) {
  return useQuery({
    queryKey: [...riskKeys.all(orgId), 'reports', 'unanswered'],
    queryFn: ({ signal }) => apiGet<TUnansweredReport>(`/api/orgs/${orgId}/risks/reports/unanswered`, signal),
  });
}

export function usePlansWithoutRisks(orgId: string) {
  return useQuery({
    queryKey: [...riskKeys.all(orgId), 'reports', 'plans-without-risks'],
    queryFn: ({ signal }) => apiGet<TPlansWithoutRisksReport>(`/api/orgs/${orgId}/risks/reports/plans-without-risks`, signal),
  });
}

function useRiskMutation<TBody, TResult>(orgId: string, send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: riskKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useCreateRisk = (orgId: string) => useRiskMutation(orgId, (body: TRiskInput) => apiPost<TRiskView>(`/api/orgs/${orgId}/risks`, body));
export const useUpdateRisk = (orgId: string, riskId: string) =>
  useRiskMutation(orgId, (body: TUpdateRiskRequest) => apiPatch<TRiskView>(`/api/orgs/${orgId}/risks/${riskId}`, body));
export const useDeleteRisk = (orgId: string, riskId: string) => useRiskMutation(orgId, () => apiDelete(`/api/orgs/${orgId}/risks/${riskId}`));

/** The import's answer: the report, whether the server accepted the file (200) or refused it (422). */
export interface TImportOutcome {
  ok: boolean;
  report: TRiskImportReport;
  message?: string;
}

/**
 * Sends a register file with upload progress (fetch cannot report it). A 422 carries the
 * full report, which the wizard shows; other failures become ApiErrors like every call.
 */
export function sendImport(orgId: string, body: TRiskImportRequest, onProgress: (percent: number) => void): Promise<TImportOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${orgId}/risks/import`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let parsed: { report?: TRiskImportReport; error?: { code: string; message: string; issues?: { path: string; message: string }[]; requestId?: string } } & Partial<TRiskImportReport> = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: handled below as an error of the status.
      }
      if (xhr.status === 200) return resolve({ ok: true, report: parsed as TRiskImportReport });
      if (xhr.status === 422 && parsed.report) return resolve({ ok: false, report: parsed.report, message: parsed.error?.message });
      const error = parsed.error;
      reject(new ApiError(xhr.status, error?.code ?? `http.${xhr.status}`, error?.message ?? xhr.statusText, error?.issues ?? [], error?.requestId));
    };
    xhr.send(JSON.stringify(body));
  });
}

/** A browser File as base64, without the data-URL prefix. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
