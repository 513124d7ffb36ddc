/** Placeholder until the page is built. */
export function FocalPointsPage() {
  return null;
}
