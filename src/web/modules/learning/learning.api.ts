import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TLessonInput,
  TLessonUpdate,
  TLessonQuery,
  TLessonView,
  TManagementReviewUpdate,
  TManagementReviewView,
  TEvaluationUpdate,
  TEvaluationView,
  TRequiredChange,
  TReviewInput,
  TReviewSummary,
  TReviewUpdate,
  TReviewView,
  ZEvaluationList,
  ZManagementReviewList,
  ZSuggestions,
} from '../../../domain/contract/learning.js';
import type { TEventType } from '../../../domain/response/events.js';
import { apiGet, apiPatch, apiPost, withQuery } from '../../app/api.js';

const base = (orgId: string) => `/api/orgs/${orgId}`;
export const learningKeys = {
  all: (orgId: string) => ['orgs', orgId, 'learning'] as const,
  reviews: (orgId: string, q: object) => ['orgs', orgId, 'learning', 'reviews', q] as const,
  review: (orgId: string, id: string) => ['orgs', orgId, 'learning', 'review', id] as const,
  lessons: (orgId: string, q: object) => ['orgs', orgId, 'learning', 'lessons', q] as const,
  lesson: (orgId: string, id: string) => ['orgs', orgId, 'learning', 'lesson', id] as const,
  suggestions: (orgId: string, q: object) => ['orgs', orgId, 'learning', 'suggestions', q] as const,
  managementReviews: (orgId: string) => ['orgs', orgId, 'learning', 'management-reviews'] as const,
  managementReview: (orgId: string, id: string) => ['orgs', orgId, 'learning', 'management-review', id] as const,
  evaluations: (orgId: string) => ['orgs', orgId, 'learning', 'evaluations'] as const,
  evaluation: (orgId: string, id: string) => ['orgs', orgId, 'learning', 'evaluation', id] as const,
};

export interface TReviewFilters {
  status?: 'open' | 'completed';
  mine?: boolean;
  overdue?: boolean;
}
export const useReviews = (orgId: string, f: TReviewFilters) =>
  useQuery({
    queryKey: learningKeys.reviews(orgId, f),
    queryFn: ({ signal }) => apiGet<{ items: TReviewSummary[]; allowedActions: { createAtUnitIds: string[] } }>(withQuery(`${base(orgId)}/post-incident-reviews`, { status: f.status, mine: f.mine ? 'true' : undefined, overdue: f.overdue ? 'true' : undefined }), signal),
    placeholderData: keepPreviousData,
  });
export const useReview = (orgId: string, id: string) => useQuery({ queryKey: learningKeys.review(orgId, id), queryFn: ({ signal }) => apiGet<TReviewView>(`${base(orgId)}/post-incident-reviews/${id}`, signal) });

export const useLessons = (orgId: string, q: Partial<TLessonQuery>) =>
  useQuery({
    queryKey: learningKeys.lessons(orgId, q),
    queryFn: ({ signal }) => apiGet<{ items: (TLessonView & { score?: number })[]; allowedActions: { create: boolean } }>(withQuery(`${base(orgId)}/lessons`, { ...q }), signal),
    placeholderData: keepPreviousData,
  });
export const useLesson = (orgId: string, id: string) => useQuery({ queryKey: learningKeys.lesson(orgId, id), queryFn: ({ signal }) => apiGet<TLessonView>(`${base(orgId)}/lessons/${id}`, signal), enabled: Boolean(id) });
export const useSuggestions = (orgId: string, q: { planId?: string; eventType?: TEventType }) =>
  useQuery({ queryKey: learningKeys.suggestions(orgId, q), queryFn: ({ signal }) => apiGet<z.infer<typeof ZSuggestions>>(withQuery(`${base(orgId)}/lesson-suggestions`, q), signal) });

export const useManagementReviews = (orgId: string) =>
  useQuery({ queryKey: learningKeys.managementReviews(orgId), queryFn: ({ signal }) => apiGet<z.infer<typeof ZManagementReviewList>>(`${base(orgId)}/management-reviews`, signal) });
export const useManagementReview = (orgId: string, id: string) =>
  useQuery({ queryKey: learningKeys.managementReview(orgId, id), queryFn: ({ signal }) => apiGet<TManagementReviewView>(`${base(orgId)}/management-reviews/${id}`, signal) });
export const useEvaluations = (orgId: string) => useQuery({ queryKey: learningKeys.evaluations(orgId), queryFn: ({ signal }) => apiGet<z.infer<typeof ZEvaluationList>>(`${base(orgId)}/crisis-evaluations`, signal) });
export const useEvaluation = (orgId: string, id: string) => useQuery({ queryKey: learningKeys.evaluation(orgId, id), queryFn: ({ signal }) => apiGet<TEvaluationView>(`${base(orgId)}/crisis-evaluations/${id}`, signal) });

/** Every learning mutation may change the lists, the actions and the plan obligations. */
function useLearningMutation<TBody, TResult>(orgId: string, send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      for (const key of [learningKeys.all(orgId), ['orgs', orgId, 'remedial-actions'], ['orgs', orgId, 'mer']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export const useCreateReview = (orgId: string) => useLearningMutation(orgId, (body: TReviewInput) => apiPost<TReviewView>(`${base(orgId)}/post-incident-reviews`, body));
export const useUpdateReview = (orgId: string, id: string) => useLearningMutation(orgId, (body: TReviewUpdate) => apiPatch<TReviewView>(`${base(orgId)}/post-incident-reviews/${id}`, body));
export const useCompleteReview = (orgId: string, id: string) => useLearningMutation(orgId, (_: void) => apiPost<TReviewView>(`${base(orgId)}/post-incident-reviews/${id}/complete`, {}));
export const useAddChange = (orgId: string, id: string) => useLearningMutation(orgId, (body: TRequiredChange) => apiPost<TReviewView>(`${base(orgId)}/post-incident-reviews/${id}/changes`, body));

export const useCreateLesson = (orgId: string) => useLearningMutation(orgId, (body: TLessonInput) => apiPost<TLessonView>(`${base(orgId)}/lessons`, body));
export const useUpdateLesson = (orgId: string, id: string) => useLearningMutation(orgId, (body: TLessonUpdate) => apiPatch<TLessonView>(`${base(orgId)}/lessons/${id}`, body));
export const usePublishLesson = (orgId: string, id: string) => useLearningMutation(orgId, (_: void) => apiPost<TLessonView>(`${base(orgId)}/lessons/${id}/publish`, {}));

export const useCreateManagementReview = (orgId: string) =>
  useLearningMutation(orgId, (body: { title: string; heldOn: string; periodFrom: string; periodTo: string }) => apiPost<TManagementReviewView>(`${base(orgId)}/management-reviews`, body));
export const useUpdateManagementReview = (orgId: string, id: string) => useLearningMutation(orgId, (body: TManagementReviewUpdate) => apiPatch<TManagementReviewView>(`${base(orgId)}/management-reviews/${id}`, body));
export const useConcludeManagementReview = (orgId: string, id: string) => useLearningMutation(orgId, (_: void) => apiPost<TManagementReviewView>(`${base(orgId)}/management-reviews/${id}/conclude`, {}));
export const useAddManagementAction = (orgId: string, id: string) =>
  useLearningMutation(orgId, (body: { title: string; ownerPersonId: string; dueOn: string; evidenceRequired: string; planId?: string | null }) => apiPost<TManagementReviewView>(`${base(orgId)}/management-reviews/${id}/actions`, body));

export const useCreateEvaluation = (orgId: string) => useLearningMutation(orgId, (body: { title: string; crisis?: string }) => apiPost<TEvaluationView>(`${base(orgId)}/crisis-evaluations`, body));
export const useUpdateEvaluation = (orgId: string, id: string) => useLearningMutation(orgId, (body: TEvaluationUpdate) => apiPatch<TEvaluationView>(`${base(orgId)}/crisis-evaluations/${id}`, body));
export const useFinalizeEvaluation = (orgId: string, id: string) => useLearningMutation(orgId, (_: void) => apiPost<TEvaluationView>(`${base(orgId)}/crisis-evaluations/${id}/finalize`, {}));

export const exportUrl = (orgId: string, what: 'management-reviews' | 'crisis-evaluations', id: string, format: 'pdf' | 'docx', lang: string) => `${base(orgId)}/${what}/${id}/export?format=${format}&lang=${lang}`;
