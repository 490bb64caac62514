// Field errors next to their fields, and a whole form's problem in words, both in the user's language.
import { html, nothing } from 'lit';
import { t } from '../core/i18n.js';
import { ApiError, OfflineError } from '../core/api.js';

/** The error under a field, linked to it by id for screen readers (aria-describedby="error-<name>"). */
export function fieldError(errors, name) {
  const message = errors?.[name];
  return message ? html`<p class="error" id="error-${name}" role="alert">${message}</p>` : nothing;
}

/** Field errors from the API: the field named in the user's language, with the server's reason. */
export function fieldErrorsOf(error) {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([field, message]) => {
    const leaf = field.split('.').pop().replace(/\[\d+\]$/, '');
    return [leaf, t('error.field', { message })];
  }));
}

/** One sentence for what went wrong with a request as a whole. */
export function problemText(error) {
  if (error instanceof OfflineError) return t('error.offline');
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.status === 400) return t('error.invalid');
  if (error.status === 403) return t('error.forbidden');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 409 || error.status === 422) return t('error.rule', { detail: error.message });
  if (error.status === 412) return t('error.stale');
  if (error.status === 413) return t('error.tooLarge');
  return t('error.server', { status: error.status });
}

export function problemBanner(error) {
  return error ? html`<div class="notice" role="alert">${problemText(error)}</div>` : nothing;
}
