import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage, PageLoading } from '../../app/feedback.js';

const LearningHome = lazy(() => import('./learning-home.js').then((m) => ({ default: m.LearningHome })));
const ReviewPage = lazy(() => import('./review-page.js').then((m) => ({ default: m.ReviewPage })));
const LessonPage = lazy(() => import('./lesson-page.js').then((m) => ({ default: m.LessonPage })));
const ManagementReviewPage = lazy(() => import('./management-review-page.js').then((m) => ({ default: m.ManagementReviewPage })));
const EvaluationPage = lazy(() => import('./evaluation-page.js').then((m) => ({ default: m.EvaluationPage })));

/** The learning pages, under /orgs/:orgId/learning/. */
export function LearningRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route index element={<LearningHome />} />
        <Route path="reviews/:reviewId" element={<ReviewPage />} />
        <Route path="lessons/new" element={<LessonPage />} />
        <Route path="lessons/:lessonId" element={<LessonPage />} />
        <Route path="management-reviews/:reviewId" element={<ManagementReviewPage />} />
        <Route path="evaluations/:evaluationId" element={<EvaluationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
