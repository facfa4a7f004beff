// The one way components get their words: t('key', { param }). The words are the Fluent
// catalogue in assets/i18n/<language>.ftl, which the core reads too (src/model/language.rs):
// one source for the page and for Rust, with each language's own plural rules (CLDR, through
// @fluent/bundle and Intl). Keys are written `section.name` here and `section-name` in the
// catalogue (Fluent ids cannot hold a dot). Components never hold a string of their own.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { MessageKey } from '../bindings/MessageKey';
import englishSource from '../../../../assets/i18n/en.ftl?raw';
import { language } from './language.svelte';

export type { MessageKey } from '../bindings/MessageKey';

/** The interface languages, as the core offers them (model::language::LANGUAGES). */
export const RTL_LANGUAGES: readonly string[] = ['ar'];

// English is in the bundle (the reference and the fallback); another language is read when it
// is chosen, from its own small chunk, so that no one loads six catalogues to read one.
const sources = import.meta.glob<string>('../../../../assets/i18n/*.ftl', {
  query: '?raw',
  import: 'default',
});

function bundleOf(code: string, source: string): FluentBundle {
  const resource = new FluentResource(source);
  // Fluent writes a number it is given in its bundle's locale, so the bundle takes the
  // catalogue's own Intl locale (`meta-locale`: en-GB, ar-u-nu-latn) before the bare code: in
  // Arabic that means Latin digits, as `formatNumber`, the core and the exports write them.
  // With the bare "ar", WebKitGTK's Intl wrote "خلال ٥ أيام" beside dates in Latin digits.
  const probe = new FluentBundle(code, { useIsolating: false });
  probe.addResource(resource);
  const meta = probe.getMessage('meta-locale')?.value;
  const tag = meta ? probe.formatPattern(meta) : code;
  // Bidi isolation marks keep an English name inside an Arabic sentence in its place; in a
  // left-to-right language they would only be invisible characters in copied text.
  const bundle = new FluentBundle(tag && tag !== code ? [tag, code] : code, { useIsolating: RTL_LANGUAGES.includes(code) });
  bundle.addResource(resource);
  return bundle;
}

const english = bundleOf('en', englishSource);
let bundle = english;

/** The Fluent id of a page key. */
function idOf(key: string): string {
  return key.replaceAll('.', '-').replaceAll('/', '_');
}

function format(key: string, params?: Record<string, string | number>): string | undefined {
  const id = idOf(key);
  const from = bundle.hasMessage(id) ? bundle : english.hasMessage(id) ? english : null;
  const message = from?.getMessage(id);
  if (!from || !message?.value) return undefined;
  const args: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    // Numbers stay numbers, so that the language's plural rules pick the form, and Fluent
    // writes them the language's way (2,815 / 2 815). A year or an id goes in as text.
    args[name] = typeof value === 'number' ? new FluentNumber(value) : value;
  }
  return from.formatPattern(message.value, args, []);
}

/** The catalogue's text for `key`, with its `{ $name }` variables filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(key, params) ?? key;
}

/**
 * For keys built from open-ended data (a time zone, a file format): the text when the
 * catalogue has one, otherwise undefined so the caller can show the raw value.
 */
export function tMaybe(key: string, params?: Record<string, string | number>): string | undefined {
  return format(key, params);
}

/** The Intl locale tag the current language writes dates and numbers in (`en-GB`, `fr-FR`). */
export let locale: string = t('meta.locale');

/**
 * A number written the current language's way (2,815 / 2 815; Latin digits in Arabic), in the
 * catalogue's `meta-locale`, as Fluent writes a number given to `t()`. For a count inside a
 * message, give `t()` the number itself: only then can the message choose its plural.
 */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/**
 * Switches the interface to `code` (one of the six): loads its catalogue, sets `lang` and `dir`
 * on the document (the whole page mirrors in Arabic), and bumps `language.code`, on which the
 * app's root re-draws every screen. An unknown code leaves the language as it is.
 */
export async function setLanguage(code: string): Promise<void> {
  if (code === 'en') {
    bundle = english;
  } else {
    const load = sources[`../../../../assets/i18n/${code}.ftl`];
    if (!load) return;
    bundle = bundleOf(code, await load());
  }
  locale = t('meta.locale');
  document.documentElement.lang = code;
  document.documentElement.dir = RTL_LANGUAGES.includes(code) ? 'rtl' : 'ltr';
  language.code = code;
}

/**
 * A mechanism's name as the UN writes it in the interface's language (the catalogue's
 * `mechanism.CODE`, which the exports use too), else the shipped English name.
 */
export function mechanismName(m: { code: string; name: string }): string {
  return tMaybe(`mechanism.${m.code}`) ?? m.name;
}

/** A mechanism's acronym as the UN writes it in the interface's language ("EPU" for the UPR in
 *  French and Spanish, "УПО" in Russian); the reference's where the catalogue has none (the
 *  treaty bodies keep theirs, as OHCHR's pages in every language do). The core's exports use
 *  the same messages (`front_matter::mechanism_acronym`). */
export function mechanismAcronym(m: { code: string; acronym: string }): string {
  return tMaybe(`mechanism_acronym.${m.code}`) ?? m.acronym;
}

/** The treaty a committee oversees, as the UN titles it in the interface's language (the
 *  reference's English title when the catalogue has none); null for the UPR and the Special
 *  Procedures. */
export function treatyName(m: { code: string; treaty: string | null }): string | null {
  if (!m.treaty) return null;
  return tMaybe(`treaty.${m.code}`) ?? m.treaty;
}
