import type { Messages } from '../i18n/messages.en';
import type { RestFailure } from './restClient';

/** One sentence for a failed request: our catalogue text for its code, then the server's own words. */
export function restFailureText(t: Messages, failure: RestFailure): string {
  if (failure.code === 'network') return t.networkError;
  if (failure.code === 'unexpected') return failure.message || t.unexpectedResponse;
  if (failure.code === 'invalid_payload' && Object.keys(failure.fields).length > 0) return t.home.fixFields;
  const catalogue = t.errors[failure.code];
  return failure.message && failure.message !== catalogue ? `${catalogue} ${failure.message}` : catalogue;
}
