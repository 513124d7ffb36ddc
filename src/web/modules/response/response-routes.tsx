import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';

/** The response pages, under /orgs/:orgId/response/. */
export function ResponseRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
