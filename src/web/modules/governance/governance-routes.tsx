import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';

/** The governance pages, under /orgs/:orgId/governance/. */
export function GovernanceRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
