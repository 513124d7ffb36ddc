import { useTranslation } from 'react-i18next';
import { ApiError } from './api.js';
import { useErrorMessage } from './feedback.js';

/**
 * Words a module's server errors in the reader's language (the server's own messages are
 * English only): `codes` maps error codes to translation keys; a 403 gets `forbiddenKey`.
 */
export function useCodedErrorMessage(codes: Record<string, string>, forbiddenKey?: string): (error: unknown) => string {
  const { t } = useTranslation();
  const generic = useErrorMessage();
  return (error) => {
    if (error instanceof ApiError) {
      const key = codes[error.code];
      if (key) return t(key);
      if (error.status === 403 && forbiddenKey) return t(forbiddenKey);
    }
    return generic(error);
  };
}
