// Accessibility checks inside the real window: axe-core (Deque's rules engine, the one the
// issue's measurements used) injected through WebDriver and run on the page as it is now.
//
//   import { assertAccessible } from '../axe.mjs';
//   await assertAccessible(app, 'the calendar, week view');   // throws on any violation
//   const violations = await axeViolations(app);               // the raw list, to report
//
// Only the WCAG 2.0/2.1 A and AA rules run (the tags below): best practices that are not WCAG
// requirements do not fail a test. Every impact fails (minor included). Results axe cannot
// decide on its own ("incomplete", e.g. text over a background image) are not failures.
//
// The source is sent as a WebDriver script rather than as a <script> element: the app's CSP
// refuses inline scripts, and scripts run through WebDriver are not subject to it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's own bundle, read once. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels checked: 2.0 and 2.1, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG rules axe marks "experimental" (so a tag alone does not run them) that we run too:
 * label-content-name-mismatch is WCAG 2.5.3 "Label in Name" — a control's accessible name
 * contains its visible text, so that a speech-input user can say what they see.
 */
export const EXTRA_RULES = ['label-content-name-mismatch'];

/**
 * Runs axe on the whole page (or on `context`, a CSS selector) and returns its violations.
 * Injects axe first if the page does not have it (a new page after a restart has not).
 * @returns {Promise<Array<{ id: string, impact: string, help: string, helpUrl: string,
 *   nodes: Array<{ target: string[], html: string, failureSummary: string }> }>>}
 */
export async function axeViolations(app, context = 'html') {
  const present = await app.session.execute(() => typeof window.axe === 'object');
  if (!present) {
    await app.session.execute(`${AXE_SOURCE}\n;return typeof window.axe;`);
  }
  // A WebDriver script may return a promise: the driver waits for it.
  const result = await app.session.execute(
    (ctx, tags, extra) =>
      window.axe
        .run(document.querySelector(ctx) ?? document, {
          runOnly: { type: 'tag', values: tags },
          rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])),
          resultTypes: ['violations'],
        })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
          })),
        ),
    context,
    WCAG_TAGS,
    EXTRA_RULES,
  );
  return result;
}

/** A report a person can act on: which rule, which element, what to fix. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 300)}\n      ${String(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/**
 * Fails (throws) when axe finds any WCAG 2.0/2.1 A or AA violation on the page as it is now.
 * @param {import('./harness.mjs').App} app
 * @param {string} where what the page shows, for the message (e.g. "the editor, Insert menu open")
 * @param {string} [context] a CSS selector to check only part of the page
 */
export async function assertAccessible(app, where, context) {
  const violations = await axeViolations(app, context);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} accessibility violation(s) on ${where}:\n${formatViolations(violations)}`);
  }
}

/**
 * Collects the violations of several states of the app, then fails once with all of them — so
 * that one run lists everything that is wrong, not only the first screen's.
 *
 *   const audit = axeAudit(app);
 *   await audit.check('the dashboard');
 *   …
 *   audit.assertNone();
 */
export function axeAudit(app) {
  /** @type {{ where: string, violations: Awaited<ReturnType<typeof axeViolations>> }[]} */
  const found = [];
  const checked = [];
  return {
    /** Runs axe on the page as it is now, under the name `where`. */
    async check(where, context) {
      checked.push(where);
      const violations = await axeViolations(app, context);
      if (violations.length > 0) found.push({ where, violations });
    },
    /** The states checked so far, by name. */
    checked,
    /** Throws with every violation found, per state, if there was any. */
    assertNone() {
      if (found.length === 0) return;
      const total = found.reduce((n, f) => n + f.violations.length, 0);
      const report = found.map((f) => `On ${f.where}:\n${formatViolations(f.violations)}`).join('\n\n');
      throw new Error(`axe found ${total} accessibility violation(s) in ${found.length} of ${checked.length} states checked:\n\n${report}`);
    },
  };
}
