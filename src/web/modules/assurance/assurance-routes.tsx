import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';
import { AssurancePage } from './assurance-page.js';

/** The assurance pages, under /orgs/:orgId/assurance/. */
export function AssuranceRoutes() {
  return (
    <Routes>
      <Route index element={<AssurancePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
