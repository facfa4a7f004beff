// The app's own words, read from its catalogue (assets/i18n/<language>.ftl) with the same
// library the page uses, so that a spec can drive the app in French or Arabic by the keys the
// page shows (`w('welcome.setup')`) instead of hard-coding a translation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { repoRoot } from './harness.mjs';

/** The catalogue's raw messages of `language`, by Fluent id (for "is any English left?"). */
export function catalogue(language) {
  return readFileSync(join(repoRoot, 'assets', 'i18n', `${language}.ftl`), 'utf8');
}

/**
 * A function from a page key (`nav.dashboard`) to the text the app shows in `language`, with
 * `{ $name }` variables filled from `params`. Isolation marks off: a test compares the text a
 * person reads, and WebDriver's visible text leaves those invisible marks out.
 * @param {string} language
 * @returns {(key: string, params?: Record<string, string | number>) => string}
 */
export function words(language) {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(catalogue(language)));
  if (errors.length) throw new Error(`assets/i18n/${language}.ftl does not parse: ${errors[0]}`);
  return (key, params) => {
    const message = bundle.getMessage(key.replaceAll('.', '-').replaceAll('/', '_'));
    if (!message?.value) throw new Error(`The catalogue ${language} has no message ${key}.`);
    return bundle.formatPattern(message.value, params ?? {}, []);
  };
}

/**
 * Like [`words`], but with the bidi isolation marks the page puts around each variable in a
 * right-to-left language (ui/src/lib/i18n: `useIsolating` for Arabic): the exact text of an
 * accessible name or a label that holds a variable (`Add indicator to ⁨Water⁩`), for finding an
 * element by it. Give it text variables only: the page writes numbers with its engine's Intl.
 * @param {string} language
 */
export function wordsAsShown(language) {
  const bundle = new FluentBundle(language, { useIsolating: language === 'ar' });
  bundle.addResource(new FluentResource(catalogue(language)));
  return (key, params) => {
    const message = bundle.getMessage(key.replaceAll('.', '-').replaceAll('/', '_'));
    if (!message?.value) throw new Error(`The catalogue ${language} has no message ${key}.`);
    return bundle.formatPattern(message.value, params ?? {}, []);
  };
}

/**
 * The longest stretch of a message's words that no variable interrupts ("of the way to the
 * target" of "{ $percent } of the way to the target"): what a test can wait for in any
 * language, whatever digits and marks the page writes around the variables.
 * @param {(key: string, params?: Record<string, string>) => string} w a [`words`] function
 * @param {string} key
 * @param {string[]} names the message's variables
 */
export function piece(w, key, names) {
  const text = w(key, Object.fromEntries(names.map((n) => [n, '\u0001'])));
  return text
    .split('\u0001')
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0];
}

/** English, the language the other specs read. */
export const en = words('en');
