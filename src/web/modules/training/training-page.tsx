/** Placeholder until the page is built. */
export function TrainingPage() {
  return null;
}
