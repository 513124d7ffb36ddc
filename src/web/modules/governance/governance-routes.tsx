import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';
import { BodiesPage } from './bodies-page.js';
import { BodyPage } from './body-page.js';
import { ProcedurePage } from './procedure-page.js';

/** The governance pages, under /orgs/:orgId/governance/. */
export function GovernanceRoutes() {
  return (
    <Routes>
      <Route index element={<BodiesPage />} />
      <Route path="bodies/:bodyId" element={<BodyPage />} />
      <Route path="procedures/:procedureId" element={<ProcedurePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
