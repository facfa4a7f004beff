// How a person finds things on the screen: by the words on buttons and links and by the labels
// of fields — the accessible names that the issues fix as a contract. XPath keeps this free of
// CSS classes and test ids, so a test breaks only when what a person sees changes.

import { WAIT_MS } from './harness.mjs';

/** An XPath string literal for any text (handles quotes). */
function lit(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat('${text.split("'").join(`', "'", '`)}')`;
}

/**
 * The accessible name of a control, approximately: aria-label, else its visible text, else (a
 * control showing only an icon, such as the calendar's "Previous" and "Next") its title.
 */
function named(tag, name) {
  return `//${tag}[@aria-label=${lit(name)} or (not(@aria-label) and normalize-space(.)=${lit(name)}) or (not(@aria-label) and normalize-space(.)='' and @title=${lit(name)})]`;
}

/** Waits for a displayed element and returns it. */
async function displayed(app, xpath, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const el of await app.session.$$(xpath)) {
      if (await el.isDisplayed()) return el;
    }
    if (Date.now() > deadline) throw new Error(`${what} was not displayed within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The displayed button named `name` (in an open dialog first, if one is open). */
export async function button(app, name, timeout) {
  const inDialog = `//dialog[@open]${named('button', name)}`;
  for (const el of await app.session.$$(inDialog)) {
    if (await el.isDisplayed()) return el;
  }
  return displayed(app, named('button', name), `The button "${name}"`, timeout);
}

/** The displayed link named `name`. */
export function link(app, name, timeout) {
  return displayed(app, named('a', name), `The link "${name}"`, timeout);
}

/** The displayed form control whose <label> reads `label`. */
export async function field(app, label, timeout) {
  const lab = await displayed(app, `//label[normalize-space(.)=${lit(label)} or normalize-space(text())=${lit(label)}]`, `The label "${label}"`, timeout);
  const id = await lab.getAttribute('for');
  if (id) return displayed(app, `//*[@id=${lit(id)}]`, `The field "${label}"`, timeout);
  return displayed(app, `//label[normalize-space(text())=${lit(label)}]//*[self::input or self::select or self::textarea]`, `The field "${label}"`, timeout);
}

/**
 * Types `value` into the field labelled `label`, as a person would. Date and time inputs
 * (whose typing rules differ between engines) get their value set and an input event, which is
 * what the page sees when a person picks a date.
 */
export async function fill(app, label, value) {
  const el = await field(app, label);
  const type = (await el.getAttribute('type')) ?? '';
  if (['date', 'time'].includes(type)) {
    await app.session.execute(
      (e, v) => {
        e.value = v;
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
      },
      el,
      value,
    );
    return;
  }
  await el.click();
  await el.clearValue();
  if (value !== '') await el.addValue(value);
}

/** Chooses the option whose visible text contains `text` in the select labelled `label`. */
export async function choose(app, label, text) {
  const el = await field(app, label);
  const options = await el.$$('option');
  for (const o of options) {
    const shown = await o.getText();
    if (text instanceof RegExp ? text.test(shown) : shown.includes(text)) {
      await el.selectByAttribute('value', await o.getAttribute('value'));
      return;
    }
  }
  throw new Error(`No option containing "${text}" in "${label}"`);
}

/** Waits until the page shows `text` somewhere (visible text). */
export function seeText(app, text, timeout) {
  return displayed(app, `//body//*[not(self::script) and contains(normalize-space(text()), ${lit(text)})]`, `The text "${text}"`, timeout);
}

/** True when the page shows `text` now (no waiting). An element that leaves the page between
    being found and being asked (a row the app just removed) is not shown — not an error. */
export async function showsText(app, text) {
  for (const el of await app.session.$$(`//body//*[not(self::script) and contains(normalize-space(text()), ${lit(text)})]`)) {
    try {
      if (await el.isDisplayed()) return true;
    } catch (e) {
      if (!/not found|wasn't found|stale|no longer/i.test(String(e?.message ?? e))) throw e;
    }
  }
  return false;
}

/** Waits until `check()` is true. */
export async function eventually(check, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The displayed element whose aria-label is exactly `name` (a textbox, an output, a group). */
export function labelled(app, name, timeout) {
  return displayed(app, `//*[@aria-label=${lit(name)}]`, `The element named "${name}"`, timeout);
}

/**
 * The displayed editable text area (role textbox) named `name` — by its aria-label (e.g.
 * "Section text: Summary") or by the element its aria-labelledby points to ("Footnote text").
 */
export function textbox(app, name, timeout) {
  const byLabel = `@aria-label=${lit(name)}`;
  const byLabelledBy = `@aria-labelledby=//*[normalize-space(.)=${lit(name)}]/@id`;
  return displayed(app, `//*[@role='textbox' and (${byLabel} or ${byLabelledBy})]`, `The text box "${name}"`, timeout);
}

/** Clicks `element` after bringing it to the middle of the window (clear of sticky bars). */
export async function press(app, element) {
  await app.session.execute((e) => e.scrollIntoView({ block: 'center' }), element);
  await element.click();
}

/** Waits until the save indicator (a status reading "Saved", "Saving…" or "Not saved") reads `text`. */
export function saveState(app, text, timeout) {
  return displayed(app, `//*[@role='status' and normalize-space(.)=${lit(text)}]`, `The save indicator "${text}"`, timeout);
}

/** Calls a shell command as the page does (Tauri's IPC), resolving to its answer. */
export function invoke(app, command, args) {
  return app.session.execute((c, a) => window.__TAURI_INTERNALS__.invoke(c, a), command, args);
}
