import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage, PageLoading } from './feedback.js';
import { HomeRedirect } from './home-redirect.js';
import { Shell } from './shell.js';

/** Each page is its own chunk: the first screen on a slow link downloads only what it shows. */
function page<K extends string>(loader: () => Promise<Record<K, ComponentType>>, name: K) {
  const Component = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await loader())[name] }));
  return <Component />;
}

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <Suspense fallback={<PageLoading />}>
        {page(() => import('../modules/auth/sign-in-page.js'), 'SignInPage')}
      </Suspense>
    ),
  },
  {
    // Reached from an alert by someone who may have no account: no shell, no sign-in.
    path: '/check-in/:token',
    element: (
      <Suspense fallback={<PageLoading />}>
        {page(() => import('../modules/response/check-in-page.js'), 'CheckInPage')}
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'orgs/:orgId', element: page(() => import('../modules/orgs/org-home-page.js'), 'OrgHomePage') },
      { path: 'orgs/:orgId/plans', element: page(() => import('../modules/plans/plans-list-page.js'), 'PlansListPage') },
      { path: 'orgs/:orgId/bia', element: page(() => import('../modules/bia/bia-page.js'), 'BiaPage') },
      { path: 'orgs/:orgId/risks', element: page(() => import('../modules/risks/risks-page.js'), 'RisksPage') },
      { path: 'orgs/:orgId/compliance', element: page(() => import('../modules/mer/compliance-page.js'), 'CompliancePage') },
      { path: 'orgs/:orgId/exercises', element: page(() => import('../modules/exercises/exercises-page.js'), 'ExercisesPage') },
      { path: 'orgs/:orgId/exercises/:exerciseId', element: page(() => import('../modules/exercises/exercise-page.js'), 'ExercisePage') },
      { path: 'orgs/:orgId/actions', element: page(() => import('../modules/actions/actions-page.js'), 'ActionsPage') },
      { path: 'orgs/:orgId/training', element: page(() => import('../modules/training/training-page.js'), 'TrainingPage') },
      { path: 'orgs/:orgId/events/*', element: page(() => import('../modules/response/response-routes.js'), 'ResponseRoutes') },
      { path: 'orgs/:orgId/learning/*', element: page(() => import('../modules/learning/learning-routes.js'), 'LearningRoutes') },
      { path: 'orgs/:orgId/governance/*', element: page(() => import('../modules/governance/governance-routes.js'), 'GovernanceRoutes') },
      { path: 'orgs/:orgId/people/*', element: page(() => import('../modules/people/people-routes.js'), 'PeopleRoutes') },
      { path: 'orgs/:orgId/assurance/*', element: page(() => import('../modules/assurance/assurance-routes.js'), 'AssuranceRoutes') },
      { path: 'orgs/:orgId/focal-points', element: page(() => import('../modules/focal-points/focal-points-page.js'), 'FocalPointsPage') },
      {
        path: 'orgs/:orgId/plans/:planId',
        element: page(() => import('../modules/plans/plan-page.js'), 'PlanPage'),
      },
      { path: 'orgs/:orgId/plans/:planId/cards', element: page(() => import('../modules/plans/action-cards-page.js'), 'ActionCardsPage') },
      { path: 'orgs/:orgId/plan-suite', element: page(() => import('../modules/plans/plan-suite-page.js'), 'PlanSuitePage') },
      {
        path: 'orgs/:orgId/members',
        element: page(() => import('../modules/members/members-page.js'), 'MembersPage'),
      },
      { path: 'me/tokens', element: page(() => import('../modules/auth/tokens-page.js'), 'TokensPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
