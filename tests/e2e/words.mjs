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

/** English, the language the other specs read. */
export const en = words('en');
