// The one way components get their words: t('key', { param }). Switching language means
// switching the catalogue here; components never hold a string of their own.
import { en, type Catalogue, type MessageKey } from './en';

export type { MessageKey } from './en';

const catalogue: Catalogue = en;

/** The Intl locale tag the catalogue writes dates and numbers in. */
export const locale: string = catalogue['meta.locale'];

function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The catalogue's text for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(catalogue[key], params);
}

/**
 * For keys built from open-ended data (a time zone, a file format): the text when the
 * catalogue has one, otherwise undefined so the caller can show the raw value.
 */
export function tMaybe(key: string, params?: Record<string, string | number>): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(catalogue, key)) return undefined;
  return fill(catalogue[key as MessageKey], params);
}

/** A number written the catalogue's way (2,815). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}
