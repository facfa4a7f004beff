// The Library, end to end: opened from the navigation, it shows what the UN has said about local
// government — A/HRC/30/49 with why it matters to a city, an entry that could not be verified
// marked as such in words, a filter — and a template's guidance links to it, opening the
// Library at the entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, link, seeText, textbox } from '../ui.mjs';
import { en, words } from '../words.mjs';

const TIMEOUT = { timeout: 240_000 };
const REPORT = 'A/HRC/30/49 — Role of local government in the promotion and protection of human rights — Final report of the Human Rights Council Advisory Committee';

/** The text of the Library entry with this id (as a screen reader reads it), as one line. */
const entryText = (app, id) =>
  app.session.execute((i) => (document.getElementById(`library-${i}`)?.textContent ?? '').replace(/\s+/g, ' '), id);

/** The id of the element that has the keyboard focus. */
const focused = (app) => app.session.execute(() => document.activeElement?.id ?? '');

test('the Library lists A/HRC/30/49 with why it matters, marks what is not verified, and filters', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await (await link(app, 'Library')).click();
    await seeText(app, 'Resolutions of the Human Rights Council');
    await seeText(app, 'A/HRC/30/49');

    const report = await entryText(app, 'a-hrc-30-49');
    assert.match(report, /Role of local government in the promotion and protection of human rights/);
    assert.match(report, /7 August 2015/);
    assert.match(report, /Why it matters to a city: Sets out the shared and complementary duties of States and local governments/);
    assert.match(report, /https:\/\/undocs\.org\/A\/HRC\/30\/49/);
    assert.doesNotMatch(report, /Not verified/);
    await button(app, 'Open the document: A/HRC/30/49');

    // Resolution 57/12's date of adoption could not be checked: the entry says so in words.
    const unverified = await entryText(app, 'a-hrc-res-57-12');
    assert.match(unverified, /Not verified/);
    assert.match(unverified, /Check it before you cite it: The exact date of adoption was not checked/);
    await app.screenshot('library');

    // Every word typed must be found in the symbol, title, author or summary.
    await fill(app, 'Find in the Library', 'complementary duties');
    await seeText(app, 'Showing 1 of');
    assert.match(await entryText(app, 'a-hrc-30-49'), /A\/HRC\/30\/49/);
    assert.equal(await entryText(app, 'a-hrc-res-57-12'), '');
    await fill(app, 'Find in the Library', 'no such words anywhere');
    await seeText(app, 'No entry matches');
  });
});

test('a template’s guidance links to the Library, which opens at that entry', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await (await button(app, 'New submission')).click();
    await seeText(app, 'Sections of this template');
    await fill(app, 'Title', 'Submission of the City of Ljubljana');
    await (await button(app, 'Create submission')).click();
    await textbox(app, 'Section text: The city and its competences');

    // The guidance of "The city and its competences", folded above its editor.
    const guidance = await app.session.$(
      "//section[.//h3[contains(normalize-space(.), 'The city and its competences')]]//summary[normalize-space(.)='Guidance for this section']",
    );
    await guidance.click();
    await seeText(app, 'See in the Library:');
    await app.screenshot('library-guidance-links');
    await (await link(app, REPORT)).click();

    await eventually(async () => (await app.session.execute(() => window.location.hash)) === '#/library?entry=a-hrc-30-49', 'the Library opened at A/HRC/30/49');
    await seeText(app, 'Why it matters to a city:');
    await eventually(async () => (await focused(app)) === 'library-a-hrc-30-49', 'the entry has the focus');
    const current = await app.session.execute(() => document.querySelector('nav a[aria-current="page"]')?.textContent?.trim() ?? '');
    assert.equal(current, 'Library');
  });
});

test('in French the Library’s entries read in French, with their symbols and addresses as the UN wrote them', TIMEOUT, async (t) => {
  const fr = words('fr');
  await withApp(
    t,
    async (app) => {
      await setUpCity(app, fr);
      await (await link(app, fr('nav.library'))).click();
      await seeText(app, fr('library.kind_heading.resolution'));

      const report = await entryText(app, 'a-hrc-30-49');
      const title = fr('library.a_hrc_30_49.title');
      assert.ok(report.includes(title), `"${title}" in "${report}"`);
      assert.ok(report.includes(fr('library.a_hrc_30_49.summary')), report);
      assert.ok(report.includes(fr('library.author.human_rights_council_advisory_committee')), report);
      assert.ok(!report.includes(en('library.a_hrc_30_49.title')), 'no English title left');
      assert.ok(!report.includes('Sets out the shared'), 'no English summary left');
      assert.match(report, /A\/HRC\/30\/49/);
      assert.match(report, /https:\/\/undocs\.org\/A\/HRC\/30\/49/);
      // Named in French on its button too.
      await button(app, fr('library.open_label', { name: 'A/HRC/30/49' }));

      const unverified = await entryText(app, 'a-hrc-res-57-12');
      assert.ok(unverified.includes(fr('library.a_hrc_res_57_12.caveat')), unverified);
      await assertAccessible(app, 'the Library in French');
      await app.screenshot('library-fr');

      // The filter finds the French words.
      await fill(app, fr('library.filter'), 'obligations partagées');
      await eventually(async () => (await entryText(app, 'a-hrc-res-57-12')) === '', 'the filter to leave 57/12 out');
      assert.ok((await entryText(app, 'a-hrc-30-49')).includes(title));

      // Another language chosen in Settings: the Library follows it, without a restart.
      const ar = words('ar');
      await (await link(app, fr('nav.settings'))).click();
      await choose(app, fr('settings.language_label'), 'العربية');
      await seeText(app, ar('settings.title'));
      await (await link(app, ar('nav.library'))).click();
      await seeText(app, ar('library.kind_heading.resolution'));
      const arabic = await entryText(app, 'a-hrc-30-49');
      assert.ok(arabic.includes(ar('library.a_hrc_30_49.title')), arabic);
      assert.ok(arabic.includes(ar('library.a_hrc_30_49.summary')), arabic);
      assert.ok(!arabic.includes(title), 'no French title left');
      await assertAccessible(app, 'the Library in Arabic');
      await app.screenshot('library-ar');
    },
    { env: { LANG: 'fr_FR.UTF-8' } },
  );
});
