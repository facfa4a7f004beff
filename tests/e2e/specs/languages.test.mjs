// The interface in the six UN languages (issue #16): the system's language on a new database,
// French and Arabic through the foundation flow (Arabic mirrored), every main screen in Arabic
// and Chinese as screenshots to look at, and a change in Settings that applies at once and stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMilestone, newEngagement, setUpCity } from '../flows.mjs';
import { assertAccessible, axeAudit } from '../axe.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, link, seeText, showsText } from '../ui.mjs';
import { en, words } from '../words.mjs';

const TIMEOUT = { timeout: 240_000 };

/** The document's `lang` and `dir`, as a screen reader and the layout read them. */
function documentLanguage(app) {
  return app.session.execute(() => [document.documentElement.lang, document.documentElement.dir]);
}

/** The text of the label of the control that has the focus ('' when none has). */
function focusedLabel(app) {
  return app.session.execute(() => {
    const el = document.activeElement;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    return label?.textContent?.trim() ?? '';
  });
}

/** The page's visible text. */
function pageText(app) {
  return app.session.execute(() => document.body.innerText);
}

/** Fails when the page shows a catalogue key (`nav.dashboard`) where words should be. */
async function noKeysShown(app, where) {
  const keys = (await pageText(app)).match(/\b[a-z_]+\.[a-z_]+(\.[a-z_]+)?\b/g) ?? [];
  // File names and addresses may look like keys; catalogue keys have a known first part.
  const sections = /^(nav|common|welcome|settings|dashboard|engagements?|calendar|submissions|drafting|recommendations|plan|library|bin|city|kind|stage|days|time|meta|app|milestone_form|engagement_form|timeline|reminder|rules|rule_status|export|editor|revisions|consultations?|personal|backups|move|departments|deadline|citations|count_part|contrib)\./;
  const shown = keys.filter((k) => sections.test(k));
  assert.deepEqual(shown, [], `${where} shows catalogue keys instead of words`);
}

/**
 * Visits every main screen through the sidebar in `language`: checks that it has words, runs
 * axe on it (WCAG 2.0/2.1 A and AA, as the accessibility spec does in English: the mirrored
 * layout is audited too), takes a screenshot.
 */
async function everyScreen(app, w, language) {
  const audit = axeAudit(app);
  for (const key of SCREENS) {
    await (await link(app, w(key))).click();
    // Each screen says "Loading…" until its data arrives; the calendar then draws its month.
    await eventually(async () => !(await showsText(app, w('common.loading'))), `${key} to load in ${language}`);
    if (key === 'calendar.nav') await app.find('.fc-daygrid');
    await noKeysShown(app, `the screen ${key} in ${language}`);
    await audit.check(`${key} in ${language}`);
    await app.screenshot(`${language}-${key.replace(/\W/g, '-')}`);
  }
  audit.assertNone();
}

const WELCOME = ['welcome.title', 'welcome.p1', 'welcome.p2', 'welcome.setup', 'welcome.setup_hint', 'welcome.demo', 'welcome.demo_hint'];

/** The main screens, by the key of their link in the sidebar. */
const SCREENS = ['nav.dashboard', 'nav.engagements', 'submissions.nav', 'calendar.nav', 'nav.recommendations', 'nav.plan', 'nav.library', 'contrib.nav', 'nav.settings', 'nav.bin'];

test('LANG=fr_FR.UTF-8 on a new database: French from the welcome screen on, through the foundation flow and a restart', TIMEOUT, async (t) => {
  const fr = words('fr');
  await withApp(
    t,
    async (app) => {
      await seeText(app, fr('welcome.title'));
      assert.deepEqual(await documentLanguage(app), ['fr', 'ltr']);
      const text = await pageText(app);
      for (const key of WELCOME) assert.ok(!text.includes(en(key)), `English left on the welcome screen: "${en(key)}"`);
      await noKeysShown(app, 'the welcome screen');
      await app.screenshot('fr-welcome');

      await setUpCity(app, fr);
      await newEngagement(app, 'EPU de la Slovénie, 4e cycle', { w: fr });
      await addMilestone(app, fr('kind.window_opens'), 'Ouverture de la fenêtre', '2027-02-27', undefined, 'Europe/Zurich', fr);
      await seeText(app, fr('engagement.add_milestone'));
      await noKeysShown(app, 'the engagement screen');
      await app.screenshot('fr-engagement');

      // The templates follow the language: the picker names them in the interface's language,
      // a French submission starts with the sections' French titles.
      await (await button(app, fr('submissions.new'))).click();
      await seeText(app, fr('submissions.template_sections'));
      await choose(app, fr('submissions.template'), fr('template.upr_stakeholder.name'));
      await choose(app, fr('submissions.language'), fr('lang.fr'));
      await fill(app, fr('submissions.title_field'), 'Contribution de Ljubljana');
      const audit = axeAudit(app);
      await audit.check('the new submission form in French');
      await app.screenshot('fr-new-submission');
      await (await button(app, fr('submissions.create'))).click();
      await seeText(app, fr('template.upr_stakeholder.s1.title'));
      await seeText(app, fr('template.upr_stakeholder.s6.title'));
      assert.ok(!(await showsText(app, en('template.upr_stakeholder.s1.title'))), 'an English section title in a French submission');
      await noKeysShown(app, 'the French submission');
      await audit.check('a French submission made from a template');
      await app.screenshot('fr-submission');
      audit.assertNone();

      await app.restart();
      await (await link(app, fr('nav.engagements'))).click();
      await (await link(app, 'EPU de la Slovénie, 4e cycle')).click();
      await seeText(app, 'Ouverture de la fenêtre');
      assert.deepEqual(await documentLanguage(app), ['fr', 'ltr']);
    },
    { env: { LANG: 'fr_FR.UTF-8' } },
  );
});

test('LANG=ar_EG.UTF-8: Arabic, mirrored, through the foundation flow; every main screen has words', TIMEOUT, async (t) => {
  const ar = words('ar');
  await withApp(
    t,
    async (app) => {
      await seeText(app, ar('welcome.title'));
      assert.deepEqual(await documentLanguage(app), ['ar', 'rtl']);
      // Mirrored: the sidebar is on the right once the city is set up.
      await app.screenshot('ar-welcome');
      await setUpCity(app, ar);
      const [navLeft, mainLeft] = await app.session.execute(() => [
        document.querySelector('aside')?.getBoundingClientRect().left ?? -1,
        document.querySelector('main')?.getBoundingClientRect().left ?? -1,
      ]);
      assert.ok(navLeft > mainLeft, `the sidebar should be on the right in Arabic (sidebar ${navLeft}, main ${mainLeft})`);
      await newEngagement(app, 'الاستعراض الدوري الشامل لسلوفينيا', { w: ar });
      await addMilestone(app, ar('kind.window_opens'), 'فتح باب التقديم', '2027-02-27', undefined, 'Europe/Zurich', ar);
      await app.screenshot('ar-engagement');
      await everyScreen(app, ar, 'ar');
    },
    { env: { LANG: 'ar_EG.UTF-8' } },
  );
});

test('LANG=zh_CN.UTF-8 with the demo data: every main screen in Chinese has words', TIMEOUT, async (t) => {
  const zh = words('zh');
  await withApp(
    t,
    async (app) => {
      assert.deepEqual(await documentLanguage(app), ['zh', 'ltr']);
      await (await button(app, zh('welcome.demo'))).click();
      await everyScreen(app, zh, 'zh');
    },
    { env: { LANG: 'zh_CN.UTF-8' } },
  );
});

for (const [language, env] of [
  ['fr', { LANG: 'fr_FR.UTF-8' }],
  ['ar', { LANG: 'ar_EG.UTF-8' }],
]) {
  test(`LANG=${env.LANG}: the demo city is written in that language — dashboard, engagement, submission`, TIMEOUT, async (t) => {
    const w = words(language);
    await withApp(
      t,
      async (app) => {
        await (await button(app, w('welcome.demo'))).click();
        // The dashboard: the city's name and the next milestones are the demo's own words.
        await seeText(app, w('demo.city'));
        await seeText(app, w('demo.upr_departments'));
        for (const english of [en('demo.city'), en('demo.upr_departments'), en('demo.upr_title')]) {
          assert.equal(await showsText(app, english), false, `English demo data on the ${language} dashboard: "${english}"`);
        }
        await app.screenshot(`${language}-demo-dashboard`);

        await (await link(app, w('nav.engagements'))).click();
        await (await link(app, w('demo.upr_title'))).click();
        await seeText(app, w('demo.upr_window_closes'));
        await seeText(app, w('demo.upr_departments'));
        assert.equal(await showsText(app, en('demo.upr_departments')), false, 'an English milestone');
        await noKeysShown(app, `the demo engagement in ${language}`);
        await assertAccessible(app, `the demo engagement in ${language}`);
        await app.screenshot(`${language}-demo-engagement`);

        // Its submission: written in the language, its sections the template's in that language.
        await (await link(app, w('submissions.nav'))).click();
        await (await link(app, w('demo.submission_title'))).click();
        await seeText(app, w('template.upr_stakeholder.s1.title'));
        await seeText(app, w('demo.s3_p1_quote'));
        await app.screenshot(`${language}-demo-submission`);
      },
      { env },
    );
  });
}

test('a language chosen in Settings applies at once, stays after a restart, and "same as this computer" goes back', TIMEOUT, async (t) => {
  const fr = words('fr');
  await withApp(t, async (app) => {
    await (await button(app, en('welcome.demo'))).click();
    await (await link(app, en('nav.settings'))).click();
    await choose(app, en('settings.language_label'), 'Français');
    await seeText(app, fr('settings.title'));
    await link(app, fr('nav.dashboard'));
    assert.deepEqual(await documentLanguage(app), ['fr', 'ltr']);
    // The page was drawn again in French: the focus is back on the language menu, not lost.
    await eventually(
      async () => (await focusedLabel(app)) === fr('settings.language_label'),
      'the focus to return to the language menu',
    );
    await app.screenshot('fr-settings');

    await app.restart();
    await link(app, fr('nav.dashboard'));
    assert.deepEqual(await documentLanguage(app), ['fr', 'ltr']);

    await (await link(app, fr('nav.settings'))).click();
    await choose(app, fr('settings.language_label'), fr('settings.language_system_other'));
    await link(app, en('nav.dashboard'));
    assert.deepEqual(await documentLanguage(app), ['en', 'ltr']);
  });
});
