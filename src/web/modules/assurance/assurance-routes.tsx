import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';

/** The assurance pages, under /orgs/:orgId/assurance/. */
export function AssuranceRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
