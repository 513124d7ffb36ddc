/** Placeholder until the page is built. */
export function ExercisePage() {
  return null;
}
