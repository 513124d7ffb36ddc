import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TAttendanceImportReport,
  ZAttendanceImportRequest,
  ZCourseInput,
  ZCourseList,
  ZSessionInput,
  ZSessionList,
  ZTrainingCurrency,
} from '../../../domain/contract/training.js';
import { ApiError, apiGet, apiPost } from '../../app/api.js';

export type TCourseInput = z.input<typeof ZCourseInput>;
export type TSessionInput = z.input<typeof ZSessionInput>;
export type TAttendanceImportRequest = z.input<typeof ZAttendanceImportRequest>;
export type TCourseList = z.infer<typeof ZCourseList>;
export type TCourse = TCourseList['items'][number];
export type TSession = z.infer<typeof ZSessionList>['items'][number];
export type TTrainingCurrency = z.infer<typeof ZTrainingCurrency>;
export type TCurrencyPerson = TTrainingCurrency['people'][number];

export const trainingKeys = {
  all: (orgId: string) => ['orgs', orgId, 'training'] as const,
  courses: (orgId: string) => ['orgs', orgId, 'training', 'courses'] as const,
  sessions: (orgId: string) => ['orgs', orgId, 'training', 'sessions'] as const,
  currency: (orgId: string) => ['orgs', orgId, 'training', 'currency'] as const,
};

export const useCourses = (orgId: string) =>
  useQuery({ queryKey: trainingKeys.courses(orgId), queryFn: ({ signal }) => apiGet<TCourseList>(`/api/orgs/${orgId}/training/courses`, signal) });
export const useSessions = (orgId: string) =>
  useQuery({ queryKey: trainingKeys.sessions(orgId), queryFn: ({ signal }) => apiGet<z.infer<typeof ZSessionList>>(`/api/orgs/${orgId}/training/sessions`, signal) });
export const useTrainingCurrency = (orgId: string) =>
  useQuery({ queryKey: trainingKeys.currency(orgId), queryFn: ({ signal }) => apiGet<TTrainingCurrency>(`/api/orgs/${orgId}/training/currency`, signal) });

/** After any change: courses, sessions and currency (KPI 15) are read again, and the audit trail. */
export function useInvalidateTraining(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.all(orgId) });
    // Training status shows on the focal-point network too.
    void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'focal-points'] });
    void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
  };
}

export function useCreateCourse(orgId: string) {
  const invalidate = useInvalidateTraining(orgId);
  return useMutation({ mutationFn: (body: TCourseInput) => apiPost<TCourse>(`/api/orgs/${orgId}/training/courses`, body), onSuccess: invalidate });
}

export function useRecordSession(orgId: string) {
  const invalidate = useInvalidateTraining(orgId);
  return useMutation({ mutationFn: (body: TSessionInput) => apiPost<{ id: string }>(`/api/orgs/${orgId}/training/sessions`, body), onSuccess: invalidate });
}

/** The import's answer: the report, whether the server accepted the file (200) or refused it (422). */
export interface TAttendanceOutcome {
  ok: boolean;
  report: TAttendanceImportReport;
  message?: string;
}

/** Sends an attendance file with upload progress (fetch cannot report it); a 422 carries the full report. */
export function sendAttendanceImport(orgId: string, sessionId: string, body: TAttendanceImportRequest, onProgress: (percent: number) => void): Promise<TAttendanceOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${orgId}/training/sessions/${sessionId}/attendance/import`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let parsed: { report?: TAttendanceImportReport; error?: { code: string; message: string; issues?: { path: string; message: string }[]; requestId?: string } } = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: handled below as an error of the status.
      }
      if (xhr.status === 200) return resolve({ ok: true, report: parsed as unknown as TAttendanceImportReport });
      if (xhr.status === 422 && parsed.report) return resolve({ ok: false, report: parsed.report, message: parsed.error?.message });
      const error = parsed.error;
      reject(new ApiError(xhr.status, error?.code ?? `http.${xhr.status}`, error?.message ?? xhr.statusText, error?.issues ?? [], error?.requestId));
    };
    xhr.send(JSON.stringify(body));
  });
}
