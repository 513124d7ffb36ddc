import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from './api.js';

type FieldErrors = { name: (string | number)[]; errors: string[] }[];

function messageFor(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? t('validation.required') : t('validation.tooShort');
    case 'too_big':
      return t('validation.tooLong');
    case 'invalid_format':
      return t('validation.invalidFormat');
    default:
      return t('validation.invalid');
  }
}

/**
 * Validates form values with the same zod schema the server uses; field messages are
 * translated here because zod's own messages are English only.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  form: FormInstance,
  t: TFunction,
): z.infer<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const fields: FieldErrors = result.error.issues.map((issue) => ({
    name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    errors: [messageFor(issue, t)],
  }));
  form.setFields(fields);
  return null;
}

/** Puts the server's 400 issues under the fields they name; true when any field matched. */
export function applyServerIssues(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.issues.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields: FieldErrors = error.issues
    // The server names fields from the request's root ("body.title"); the form knows "title".
    .map((issue) => ({ name: issue.path.replace(/^body\./, '').split('.').filter(Boolean), errors: [issue.message] }))
    .filter((f) => f.name.length > 0 && known.has(String(f.name[0])));
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}

/**
 * The whole submit of a create form: antd's rules, then the shared zod schema on the
 * prepared values, then `send`; the server's field issues land under their fields.
 * Resolves to the created entity, or null when nothing was created.
 */
export async function submitForm<S extends z.ZodType, V, R>(
  form: FormInstance<V>,
  schema: S,
  t: TFunction,
  prepare: (values: V) => unknown,
  send: (body: z.infer<S>) => Promise<R>,
): Promise<R | null> {
  const values = await form.validateFields().catch(() => null);
  if (!values) return null;
  const body = parseForm(schema, prepare(values), form, t);
  if (!body) return null;
  try {
    return await send(body);
  } catch (error) {
    applyServerIssues(form, error);
    return null;
  }
}

/** Only the fields of `next` whose value differs from `current`: an edit sends what it changes, nothing more. */
export function changedFields<T extends object>(current: object, next: T): Partial<T> {
  const before = current as Record<string, unknown>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== undefined && !same(before[key], value)),
  ) as Partial<T>;
}
