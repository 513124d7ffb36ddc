/** Placeholder until the page is built. */
export function ActionsPage() {
  return null;
}
