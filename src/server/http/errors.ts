/**
 * Domain errors carry a stable dotted code (`plans.not_found`) and an HTTP status; the
 * one error handler maps them to responses. Slices define theirs with `defineError`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export function defineError(spec: { code: string; status: number; message: string }) {
  return (message: string = spec.message, issues?: { path: string; message: string }[]) =>
    new DomainError(spec.code, spec.status, message, issues);
}

export const notSignedIn = defineError({ code: 'auth.unauthenticated', status: 401, message: 'Sign in first.' });
export const forbidden = defineError({ code: 'auth.forbidden', status: 403, message: 'Your role does not allow this action.' });
/** Anything in an organization the caller cannot see is "not found": never confirm it exists. */
export const orgNotFound = defineError({ code: 'orgs.not_found', status: 404, message: 'Organization not found.' });
export const invalidInput = defineError({ code: 'request.invalid', status: 400, message: 'The request is not valid.' });
