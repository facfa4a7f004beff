// Drafting, end to end, as an officer writes a submission: from the UPR template, typing
// paragraphs and a footnote while the count follows, finding the text after a restart, going
// over the limit, restoring a revision, pasting hostile HTML, and losing nothing typed more than
// 2 seconds before the app is killed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, invoke, labelled, link, press, saveState, seeText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };
const FIRST = 'Section text: Summary and key words';
const SUBMISSION = 'Submission of the City of Ljubljana';
const ENTER = '\uE007';

/** City, UPR engagement, and a submission from the UPR template; ends on the submission screen. */
async function newSubmission(app) {
  await setUpCity(app);
  await newEngagement(app, 'UPR of Slovenia, 4th cycle');
  await (await button(app, 'New submission')).click();
  await seeText(app, 'Sections of this template');
  await fill(app, 'Title', SUBMISSION);
  await (await button(app, 'Create submission')).click();
  await textbox(app, FIRST);
  await saveState(app, 'Saved');
}

/** The text of the element named `name`. */
async function textOf(app, name) {
  return (await labelled(app, name)).getText();
}

/** Types into a section's editor as a person does (keys, through WebDriver). */
async function typeInto(app, name, text) {
  const box = await textbox(app, name);
  await press(app, box);
  await app.session.keys(['End']);
  await box.addValue(text);
}

/** Opens the submission from the Submissions list. */
async function openSubmission(app) {
  await (await link(app, 'Submissions')).click();
  await (await link(app, SUBMISSION)).click();
  return textbox(app, FIRST);
}

/** The number of words a count such as "1,234 / 2,815 words" gives. */
const wordsIn = (text) => Number(text.split(' ')[0].replaceAll(',', ''));

const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

test('a UPR submission from the template: three paragraphs and a footnote, a live count, and the text after a restart', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await newSubmission(app);
    for (const title of ['The city and its competences', 'Methodology and consultations', 'Recommendations to the State']) {
      await textbox(app, `Section text: ${title}`);
    }
    // Before any text, the count already holds what is sent besides it: the title, the header
    // lines and the section headings, with the breakdown saying so.
    const before = await textOf(app, 'Word count');
    assert.match(before, /^\d+ \/ 2,815 words$/);
    const framing = wordsIn(before);
    assert.ok(framing > 20, `${framing} words of title, front matter and headings`);
    assert.match(await textOf(app, 'Where the words are'), new RegExp(`^${framing} words: \\d+ title, \\d+ front matter, \\d+ headings$`));

    await typeInto(app, FIRST, `Ljubljana reports on housing and water.${ENTER}Evictions fell by a third since 2022.${ENTER}The city asks the State to fund shelters.`);
    await eventually(async () => (await textOf(app, 'Word count')) !== before, 'the count to change');

    await press(app, await button(app, 'Add footnote'));
    const note = await textbox(app, 'Footnote text');
    await note.addValue('Municipal housing report 2024, p. 12.');
    await (await button(app, 'Save footnote')).click();
    await seeText(app, 'Municipal housing report 2024, p. 12.');

    // Body and footnote words, counted by Rust: 7 + 6 + 8 + 6 (the UPR rule counts footnotes).
    const after = `${framing + 27} / 2,815 words`;
    await eventually(async () => (await textOf(app, 'Word count')) === after, `the count to read ${after}`);
    assert.match(await textOf(app, 'Where the words are'), /, 21 text, 6 footnotes$/);
    const numbers = await app.session.execute(
      (n) => [...document.querySelectorAll(`[aria-label="${n}"] > p`)].map((p) => p.getAttribute('data-number')),
      FIRST,
    );
    assert.deepEqual(numbers, ['1', '2', '3']);
    await saveState(app, 'Saved');
    await app.screenshot('drafting-submission');

    await app.restart();
    await openSubmission(app);
    const text = await editorText(app, FIRST);
    for (const sentence of ['Ljubljana reports on housing and water.', 'Evictions fell by a third since 2022.', 'The city asks the State to fund shelters.']) {
      assert.ok(text.includes(sentence), `"${sentence}" is there after the restart`);
    }
    await seeText(app, 'Municipal housing report 2024, p. 12.');
    assert.equal(await textOf(app, 'Word count'), after);
  });
});

test('over the limit: a small limit on the engagement brings the compliance error', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await newSubmission(app);
    const framing = wordsIn(await textOf(app, 'Word count'));
    await typeInto(app, FIRST, 'Twelve words that go well over a very small word limit today.');
    await saveState(app, 'Saved');
    await (await link(app, 'UPR of Slovenia, 4th cycle')).click();
    await (await button(app, 'Override for this engagement')).click();
    await fill(app, 'Word limit, individual submission', '5');
    await fill(app, 'Source of these figures', 'Test of a very small limit');
    await (await button(app, 'Save')).click();
    await seeText(app, 'The rules for this engagement were saved.');
    await (await link(app, SUBMISSION)).click();
    await textbox(app, FIRST);
    // The whole document counts: its title, header lines and headings with the twelve words.
    assert.equal(await textOf(app, 'Word count'), `${framing + 12} / 5 words`);
    await seeText(app, 'the limit is 5');
    await seeText(app, `Remove ${framing + 12 - 5} words`);
    await app.screenshot('drafting-over-limit');
  });
});

test('a named revision is restored (after a question), and the restore is itself a revision', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await newSubmission(app);
    await typeInto(app, FIRST, 'The first version of the summary.');
    await saveState(app, 'Saved');
    await press(app, await button(app, 'Revisions'));
    await fill(app, 'Name the current text', 'First draft');
    await (await button(app, 'Save this version')).click();
    await seeText(app, 'Saved as “First draft”.');

    await typeInto(app, FIRST, ' A sentence added later.');
    await saveState(app, 'Saved');
    assert.ok((await editorText(app, FIRST)).includes('A sentence added later.'));
    await audit.check('the revisions with a named one');

    // Viewed, and compared with the current text: both audited.
    await press(app, await app.session.$(`//tr[td[normalize-space(.)='First draft']]//button[normalize-space(.)='View']`));
    await seeText(app, 'The text of');
    await audit.check('a revision viewed');
    await choose(app, 'Older version', 'First draft');
    await choose(app, 'Newer version', 'The current text');
    await (await button(app, 'Compare')).click();
    await seeText(app, 'Added words are underlined, removed words are struck through.');
    await audit.check('a revision compared with the current text');

    const restore = await app.session.$(`//tr[td[normalize-space(.)='First draft']]//button[normalize-space(.)='Restore']`);
    await restore.waitForDisplayed({ timeout: 20_000 });
    await press(app, restore);
    await seeText(app, 'The current text is kept as a revision first');
    await audit.check('the question before restoring a revision');
    await (await button(app, 'Restore')).click(); // the one in the open dialog
    await eventually(async () => !(await editorText(app, FIRST)).includes('A sentence added later.'), 'the restored text');
    assert.ok((await editorText(app, FIRST)).includes('The first version of the summary.'));
    await seeText(app, 'Before a restore');
    await app.screenshot('drafting-revisions');
    await audit.check('the revisions after a restore');
    audit.assertNone();
  });
});

const HOSTILE = [
  '<p>Safe words <b>in bold</b> and <a href="javascript:window.__pwned=1">a bad link</a>',
  ' and <a href="https://www.ohchr.org/">a good one</a>.</p>',
  '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1">',
  '<p onclick="window.__pwned = 1" style="color:red" class="evil">Clicked text.</p>',
].join('');

/** The id of the submission on screen, from the address (`#/submissions/7`). */
async function submissionOnScreen(app) {
  const id = Number((await app.session.execute(() => location.hash)).match(/^#\/submissions\/(\d+)/)?.[1]);
  assert.ok(id > 0, 'a submission is on screen');
  return id;
}

/** The stored content of section `id` of the submission on screen, as JSON text. */
async function storedContent(app, id) {
  const detail = await invoke(app, 'get_submission', { id: await submissionOnScreen(app) });
  return JSON.stringify(detail.sections.find((v) => v.section.id === id).section.content);
}

/**
 * Another window (or another copy of the app on a shared folder) saves the section titled
 * `title` of the submission on screen, as the page saves it: Tauri's IPC `save_section`, from
 * the version it read. The app on screen does not know.
 */
async function saveElsewhere(app, title, text) {
  const detail = await invoke(app, 'get_submission', { id: await submissionOnScreen(app) });
  const { section } = detail.sections.find((v) => v.section.title === title);
  const content = { blocks: [{ type: 'paragraph', numbered: true, content: [{ type: 'text', text }] }] };
  await invoke(app, 'save_section', { id: section.id, title: section.title, content, baseVersion: section.version });
  return section.id;
}

test('a section saved meanwhile elsewhere: asked, nothing overwritten; their text loaded, then my text kept over theirs', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await newSubmission(app);
    await typeInto(app, FIRST, 'The summary as the officer began it.');
    await saveState(app, 'Saved');

    const sectionId = await saveElsewhere(app, 'Summary and key words', 'The summary as the other window saved it.');
    await typeInto(app, FIRST, ' A sentence typed after that.');
    await seeText(app, 'This section was changed elsewhere');
    await seeText(app, 'Your text has not been saved and nothing was overwritten.');
    await audit.check('the question after a section was changed elsewhere');
    await app.screenshot('drafting-conflict');
    const stored = () => storedContent(app, sectionId);
    assert.ok((await stored()).includes('as the other window saved it'), 'their text was not overwritten');

    // "Load their text": the editor shows theirs, and typing goes on from it.
    await (await button(app, 'Load their text')).click();
    await eventually(async () => (await editorText(app, FIRST)).includes('as the other window saved it'), 'their text in the editor');
    assert.ok(!(await editorText(app, FIRST)).includes('A sentence typed after that.'), 'my unsaved sentence is set aside for theirs');
    await typeInto(app, FIRST, ' Read and agreed.');
    await saveState(app, 'Saved');
    assert.ok((await stored()).includes('Read and agreed.'), 'an edit of their text saves without a question');

    // Changed elsewhere again; this time "Keep my text" saves mine over theirs.
    await saveElsewhere(app, 'Summary and key words', 'A third version from elsewhere.');
    await typeInto(app, FIRST, ' Mine stays.');
    await seeText(app, 'This section was changed elsewhere');
    await (await button(app, 'Keep my text')).click();
    await saveState(app, 'Saved');
    const kept = await stored();
    assert.ok(kept.includes('Mine stays.') && !kept.includes('A third version'), `my text is saved over theirs: ${kept}`);
    audit.assertNone();
  });
});

test('a pasted <script> and javascript: link are neutralised', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await newSubmission(app);
    const box = await textbox(app, FIRST);
    await box.click();
    await app.session.execute(
      (n, html) => {
        const el = document.querySelector(`[role="textbox"][aria-label="${n}"]`);
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Safe words');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      FIRST,
      HOSTILE,
    );
    await eventually(async () => (await editorText(app, FIRST)).includes('Clicked text.'), 'the pasted text');
    const found = await app.session.execute((n) => {
      const el = document.querySelector(`[role="textbox"][aria-label="${n}"]`);
      return {
        pwned: window.__pwned ?? null,
        scripts: el.querySelectorAll('script').length,
        images: document.querySelectorAll('img[src="x"], [onerror], [onclick]').length,
        badLinks: document.querySelectorAll('a[href^="javascript" i]').length,
        goodLinks: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        bold: [...el.querySelectorAll('strong, b')].map((b) => b.textContent),
        styled: el.querySelectorAll('[style], .evil').length,
      };
    }, FIRST);
    assert.deepEqual(found, { pwned: null, scripts: 0, images: 0, badLinks: 0, goodLinks: ['https://www.ohchr.org/'], bold: ['in bold'], styled: 0 });
    assert.ok((await editorText(app, FIRST)).includes('a bad link'), 'the words of the unsafe link are kept as text');
    await saveState(app, 'Saved');
    await assert.rejects(app.session.getAlertText());
  });
});

test('typing for 10 seconds then a SIGKILL: everything typed more than 2 seconds before the kill is there', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await newSubmission(app);
    const box = await textbox(app, FIRST);
    await box.click();
    // One word at a time, as a person types, recording when each was on the screen.
    const typed = [];
    const start = Date.now();
    for (let i = 1; Date.now() - start < 10_000; i++) {
      const word = `w${i} `;
      await box.addValue(word);
      typed.push({ word, at: Date.now() });
    }
    const killedAt = Date.now();
    const apps = app.appProcesses();
    assert.ok(apps.length > 0, 'the app process is found');
    for (const p of apps) process.kill(p.pid, 'SIGKILL');

    await app.restart();
    await openSubmission(app);
    const text = await editorText(app, FIRST);
    const due = typed.filter((w) => w.at <= killedAt - 2000).map((w) => w.word).join('').trim();
    assert.ok(due.length > 0);
    assert.ok(text.startsWith(due), `the text kept (${text.length} characters) holds all ${due.length} characters typed up to 2 s before the kill`);
  });
});
