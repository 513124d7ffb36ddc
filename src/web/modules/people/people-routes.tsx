import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/feedback.js';
import { PeoplePage } from './people-page.js';
import { RotaPage } from './rota-page.js';
import { SurveyAnswerPage } from './survey-answer-page.js';
import { SurveyResultsPage } from './survey-results-page.js';

/** The people pages, under /orgs/:orgId/people/: working arrangements, wellbeing surveys, return to office. */
export function PeopleRoutes() {
  return (
    <Routes>
      <Route index element={<PeoplePage />} />
      <Route path="surveys/:surveyId/answer" element={<SurveyAnswerPage />} />
      <Route path="surveys/:surveyId" element={<SurveyResultsPage />} />
      <Route path="return-plans/:planId" element={<RotaPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
