import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';

/** The people pages, under /orgs/:orgId/people/. */
export function PeopleRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
