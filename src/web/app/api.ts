import type { TErrorView } from '../../domain/contract/common.js';

export type TIssue = { path: string; message: string };

/** Every failed call becomes an ApiError; status 0 means the network failed (offline, server down). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: TIssue[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

let onUnauthorized: (() => void) | null = null;
let currentLanguage = 'en';

/** The router registers how to reach the sign-in page; the api client stays free of routing. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Sent as Accept-Language so the server can answer in the user's language. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function toError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to the status text.
  }
  const envelope = (body as Partial<TErrorView> | null)?.error;
  if (envelope && typeof envelope === 'object') {
    return new ApiError(response.status, envelope.code, envelope.message, envelope.issues ?? [], envelope.requestId);
  }
  // better-auth answers { code, message } without the envelope.
  const flat = body as { code?: string; message?: string } | null;
  return new ApiError(
    response.status,
    flat?.code ?? `http.${response.status}`,
    flat?.message ?? response.statusText ?? `HTTP ${response.status}`,
  );
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sign-in handles its own 401 (wrong password) instead of redirecting. */
  skipUnauthorizedRedirect?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const error = await toError(response);
    if (response.status === 401 && !options.skipUnauthorizedRedirect) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const apiGet = <T>(path: string, signal?: AbortSignal) => api<T>(path, { signal });
export const apiPost = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body });
export const apiPatch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const apiDelete = (path: string) => api<void>(path, { method: 'DELETE' });
