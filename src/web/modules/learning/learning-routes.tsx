import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';

/** The learning pages, under /orgs/:orgId/learning/. */
export function LearningRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
