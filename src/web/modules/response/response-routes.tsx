import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';
import { EventPage } from './event-page.js';
import { EventsListPage } from './events-list-page.js';

/** The response pages, under /orgs/:orgId/events/. */
export function ResponseRoutes() {
  return (
    <Routes>
      <Route index element={<EventsListPage />} />
      <Route path=":eventId" element={<EventPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
