// A passage's language, end to end (issue #19, "/Lang on every span in another language"): an
// officer types a German word into a section of the demo submission (English), selects it,
// marks it German from the toolbar's "Language" dialog (after a typed tag the core refuses),
// sees it marked, and exports the PDF — whose structure tree then holds that word as a Span
// with /Lang (de), so that a screen reader reads it with a German voice; a copy of the word
// pasted elsewhere stays German. axe checks the editor with the dialog open and with the marked
// passage.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { artifactsDir, withApp } from '../harness.mjs';
import { words } from '../words.mjs';
import { answerSaveDialog, press as keys, pressInNativeWindow, typeKeys } from '../keyboard.mjs';
import { button, choose, eventually, fill, link, press, saveState, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 300_000 };
const SUBMISSION = 'Submission of the City of Exampleville to the UPR of Exampleland';
const WORD = 'Grundgesetz';

/** The structure elements of a PDF (qpdf's uncompressed form), each as its dictionary's text. */
function structElems(pdf, dir) {
  const out = join(dir, 'qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, out]);
  return readFileSync(out, 'latin1')
    .split(/\n\d+ 0 obj\n/)
    .filter((o) => o.includes('/Type /StructElem'));
}

test('a word marked German from the toolbar is a Span with /Lang (de) in the exported PDF', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await (await link(app, 'Submissions')).click();
    await (await link(app, SUBMISSION)).click();

    // The first section: the German word typed at the end of its text, then selected.
    const box = await app.session.$(`//*[@role='textbox' and starts-with(@aria-label, 'Section text: ')]`);
    await box.waitForDisplayed();
    const title = (await box.getAttribute('aria-label')).slice('Section text: '.length);
    const toolbar = `//*[@role='toolbar' and @aria-label='Formatting of “${title}”']`;
    // With no words selected and no marked passage at the cursor, Language and Link say what
    // to do instead of opening an empty dialog.
    await press(app, box);
    await press(app, await app.session.$(`${toolbar}//button[@aria-label='Language']`));
    await seeText(app, 'Select the words in another language first.');
    await press(app, await app.session.$(`${toolbar}//button[@aria-label='Link']`));
    await seeText(app, 'Select the words to link first.');
    assert.equal(await showsText(app, 'Language of the selected words'), false, 'no dialog opened');
    await press(app, box);
    await keys(app, 'Control', 'End');
    await typeKeys(app, ` ${WORD}`);
    // Shift+Ctrl+Left selects the word before the caret, as in any text field.
    await keys(app, 'Control', 'Shift', 'ArrowLeft');
    await eventually(async () => (await app.session.execute(() => window.getSelection()?.toString())) === WORD, `"${WORD}" to be selected`);

    // The toolbar's "Language" button of that section opens the dialog.
    const language = await app.session.$(`${toolbar}//button[@aria-label='Language']`);
    assert.equal(await language.getText(), 'Language', 'the button shows its name');
    assert.equal(await language.getAttribute('aria-pressed'), 'false');
    await press(app, language);
    await seeText(app, 'Language of the selected words');

    // A typed tag is the core's to judge: "deutsch" is refused in plain words.
    await choose(app, 'Language', 'Another language');
    await fill(app, 'Language tag', 'deutsch');
    await (await button(app, 'Apply language')).click();
    await seeText(app, 'which is not a language tag');
    await assertAccessible(app, 'the Language dialog, a refused tag shown');

    // German, by its name in the interface's language.
    await choose(app, 'Language', 'German (de)');
    await assertAccessible(app, 'the Language dialog open over the editor');
    await app.screenshot('passage-language-dialog');
    await (await button(app, 'Apply language')).click();
    await eventually(async () => !(await showsText(app, 'Language of the selected words')), 'the dialog to close');

    // Marked: a span in German around the word, its tag shown after it, the button pressed.
    const marked = await app.session.execute(() =>
      [...document.querySelectorAll('[role="textbox"] span[lang]')].map((s) => ({
        lang: s.getAttribute('lang'),
        text: s.textContent,
        badge: getComputedStyle(s, '::after').content,
      })),
    );
    assert.deepEqual(
      marked.map((m) => [m.lang, m.text]),
      [['de', WORD]],
      JSON.stringify(marked),
    );
    assert.match(marked[0].badge, /de/, `the tag is shown after the passage: ${marked[0].badge}`);
    await eventually(async () => (await language.getAttribute('aria-pressed')) === 'true', 'the Language button to show the passage is marked');
    await saveState(app, 'Saved');
    await assertAccessible(app, 'the editor with a passage marked German');
    // The cursor elsewhere in the text, so that the passage's underline shows (not the selection).
    await press(app, box);
    await app.screenshot('passage-language-marked');

    // The PDF: the word is a Span of its own with /Lang (de); the document stays English.
    const pdf = join(app.tempDir, 'passage-language.pdf');
    await press(app, await button(app, 'Export PDF…'));
    await answerSaveDialog('Export PDF', pdf);
    await eventually(async () => existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'the PDF to be written');
    await pressInNativeWindow('PDF saved', 'Escape');
    await eventually(async () => !(await showsText(app, 'Exporting PDF…')), 'the export to finish');
    const elems = structElems(pdf, app.tempDir);
    const spans = elems.filter((e) => /\/S \/Span\b/.test(e));
    assert.equal(spans.length, 1, `one Span in the structure tree:\n${spans.join('\n---\n')}`);
    assert.match(spans[0], /\/Lang \(de\)/);
    assert.ok(!elems.some((e) => /\/S \/P\b/.test(e) && /\/Lang \(de\)/.test(e)), 'no paragraph is German');
    mkdirSync(artifactsDir, { recursive: true });
    copyFileSync(pdf, join(artifactsDir, 'passage-language.pdf')); // to be looked at (git-ignored)
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    assert.ok(text.includes(WORD), 'the word is in the PDF’s text');

    // A copy of the marked word, pasted at the start of the text, is German too (its tag came
    // from the core when the section opened, see ui/src/lib/editor/languages.ts), and the
    // section saves with both passages.
    await press(app, box);
    await keys(app, 'Control', 'End');
    await keys(app, 'Control', 'Shift', 'ArrowLeft');
    await eventually(async () => (await app.session.execute(() => window.getSelection()?.toString())) === WORD, `"${WORD}" to be selected again`);
    await keys(app, 'Control', 'c');
    await keys(app, 'Control', 'Home');
    await keys(app, 'Control', 'v');
    const german = () => app.session.execute(() => [...document.querySelectorAll('[role="textbox"] span[lang="de"]')].map((s) => s.textContent));
    await eventually(async () => (await german()).length === 2, 'the pasted copy to be marked German');
    assert.deepEqual(await german(), [WORD, WORD]);
    await saveState(app, 'Saved');
    await assertAccessible(app, 'the editor with a German passage pasted');
  });
});

// The same dialog in Arabic (right to left, the demo city in Arabic): a Latin German word inside
// Arabic text is marked German; every word of the dialog and the toolbar is the catalogue's
// Arabic, the language names are Arabic (Intl), and axe finds nothing with the dialog open or
// with the passage marked.
test('in Arabic: the Language dialog, mirrored, marks a German word inside Arabic text', TIMEOUT, async (t) => {
  const ar = words('ar');
  await withApp(
    t,
    async (app) => {
      await (await button(app, ar('welcome.demo'))).click();
      await (await link(app, ar('submissions.nav'))).click();
      await (await link(app, ar('demo.submission_title'))).click();
      // A name's words before its variable (the page puts isolation marks around the variable).
      const before = (key) => ar(key, { title: 'TITLE' }).split('TITLE')[0];
      const prefix = before('editor.section_text');
      const box = await app.session.$(`//*[@role='textbox' and starts-with(@aria-label, '${prefix}')]`);
      await box.waitForDisplayed();
      await press(app, box);
      await keys(app, 'Control', 'End');
      await typeKeys(app, ` ${WORD}`);
      // The word selected where it stands, whatever the direction the arrow keys move in.
      await app.session.execute((textbox, word) => {
        const walker = document.createTreeWalker(textbox, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf(word);
          if (at >= 0) {
            window.getSelection().setBaseAndExtent(n, at, n, at + word.length);
            return;
          }
        }
      }, box, WORD);
      await eventually(async () => (await app.session.execute(() => window.getSelection()?.toString())) === WORD, `"${WORD}" to be selected`);

      // The first section's toolbar (its name holds the section's title between isolation marks).
      const toolbar = `(//*[@role='toolbar' and starts-with(@aria-label, '${before('editor.toolbar')}')])[1]`;
      const language = await app.session.$(`${toolbar}//button[@aria-label='${ar('editor.language')}']`);
      assert.equal(await language.getText(), ar('editor.language'));
      await press(app, language);
      await seeText(app, ar('editor.language_title'));
      assert.equal(await app.session.execute(() => document.documentElement.dir), 'rtl');
      // The tag between isolation marks, as the page writes a variable in Arabic.
      await choose(app, ar('editor.language_choice'), /\(\u2068?de\u2069?\)/);
      const option = await app.session.execute(() => document.querySelector('dialog select, [role="dialog"] select')?.selectedOptions[0]?.textContent ?? '');
      assert.ok(!option.includes('German'), `the language is named in Arabic: ${option}`);
      await assertAccessible(app, 'the Language dialog in Arabic');
      await app.screenshot('passage-language-dialog-ar');
      await (await button(app, ar('editor.language_apply'))).click();
      await eventually(async () => !(await showsText(app, ar('editor.language_title'))), 'the dialog to close');
      const marked = await app.session.execute(() =>
        [...document.querySelectorAll('[role="textbox"] span[lang]')].map((s) => [s.getAttribute('lang'), s.textContent]),
      );
      assert.deepEqual(marked, [['de', WORD]]);
      await saveState(app, ar('drafting.saved'));
      await assertAccessible(app, 'the editor in Arabic with a passage marked German');
      await press(app, box);
      await app.screenshot('passage-language-marked-ar');
    },
    { env: { LANG: 'ar_EG.UTF-8' } },
  );
});
