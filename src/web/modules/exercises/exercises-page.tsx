/** Placeholder until the page is built. */
export function ExercisesPage() {
  return null;
}
