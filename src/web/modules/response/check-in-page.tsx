import { NotFoundPage } from '../../app/feedback.js';

/** A staff member's safety check-in, opened from the alert's signed link without signing in. */
export function CheckInPage() {
  return <NotFoundPage />;
}
