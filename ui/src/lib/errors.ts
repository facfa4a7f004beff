// Where a failed command's message goes: next to the input it is about (when the form has
// that input), otherwise in the form's alert. The user's input is never touched.
import { tick } from 'svelte';
import { ApiError } from './api';
import { t } from './i18n';

export type FormErrors = {
  /** Messages by field name (the core's `field`, e.g. `title`). */
  fields: Record<string, string>;
  /** A message that is not about one input of this form. */
  alert: string | null;
};

export const noErrors = (): FormErrors => ({ fields: {}, alert: null });

/** The user-facing message of anything thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return `${t('common.error_prefix')} ${e.message}`;
  return `${t('common.error_prefix')} ${String(e)}`;
}

/** Splits an error between the form's own fields (`fields`) and its alert. */
export function formErrors(e: unknown, fields: readonly string[]): FormErrors {
  if (e instanceof ApiError && e.field !== null && fields.includes(e.field)) {
    return { fields: { [e.field]: e.message }, alert: null };
  }
  return { fields: {}, alert: messageOf(e) };
}

/**
 * After a refused save whose message is about one input, takes the focus to that input once
 * the message is on the page, so that a screen reader reads the input with its message (its
 * aria-describedby) and "invalid" — the message has no live region of its own, so that it is
 * not read twice. Heard in Orca: a form that focused its input at once (before Svelte had drawn
 * the message) was read with its hint only, and a form that left the focus on Save said nothing
 * at all. Looks in `scope` (the form, where a page holds two that can show errors at once), else
 * in the open dialog when there is one, else in the page.
 */
export async function focusInvalid(errors: FormErrors, scope?: ParentNode | null): Promise<void> {
  if (Object.keys(errors.fields).length === 0) return;
  await tick();
  const root = scope ?? document.querySelector('dialog[open]') ?? document;
  root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
