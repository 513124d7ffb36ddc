import type { TCourseKind } from '../mer/training.js';
import type { TPlanType } from '../plans/plan-types.js';
import type { TPlanState } from '../plans/plan-state.js';
import type { TRiskCategory } from '../risks/risk-categories.js';

/**
 * What the records say, as of one day, for the KPI and maturity rules. The server assembles it
 * (each list already cut at the as-of day); the rules never read the database, so every
 * derivation can be tested, and reproduced, from plain data.
 */
export interface TAssuranceFacts {
  asOf: string;
  policyDocuments: {
    id: string;
    title: string;
    adoptedOn: string | null;
    promulgatedOn: string | null;
    approvedByExecutiveHead: boolean;
    referencesOrms: boolean;
    referencesIso22301: boolean;
  }[];
  /** Business continuity coordinators and the unit they cover; `atRoot` when it is the whole organization. */
  coordinators: { personId: string; name: string; atRoot: boolean }[];
  crisisTeam: {
    id: string;
    name: string;
    chair: { personId: string; name: string; senior: boolean } | null;
    members: { personId: string; name: string; role: string | null; entity: string | null; trainedCurrent: boolean }[];
    /** Entities that should sit at the table (e.g. the agencies at a duty station); empty when only one. */
    expectedEntities: string[];
    meetings: { id: string; heldOn: string }[];
  } | null;
  courses: { id: string; title: string; kind: TCourseKind; mandatory: boolean }[];
  sessions: { id: string; courseId: string; heldOn: string }[];
  merPolicy: { id: string; inForceSince: string } | null;
  obligations: { id: string; label: string; status: 'done' | 'due_soon' | 'due' | 'overdue' }[];
  risks: { id: string; title: string; category: TRiskCategory; status: 'open' | 'closed'; assessedOn: string | null; ownerPersonId: string | null; treatment: string | null }[];
  plans: { id: string; title: string; type: TPlanType; state: TPlanState; approvedOn: string | null; overdue: boolean }[];
}
