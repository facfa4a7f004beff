// Citations, end to end, as an officer cites a UN document: after "in 2025." the citation
// goes in brackets before the full stop; Escape closes "Add a citation"; and with the footnote
// style chosen in Settings the next citation becomes a footnote after the full stop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newEngagement, newSubmission, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, eventually, fill, link, press, saveState, seeText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };
const FIRST = 'Section text: Summary and key words';
const SUBMISSION = 'Submission of the City of Ljubljana';

const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

const dialogOpen = (app) => app.session.execute(() => document.querySelector('dialog[open]') !== null);

/** Types at the end of a section's text, as a person does (or only puts the cursor there). */
async function typeAtEnd(app, text = '') {
  const box = await textbox(app, FIRST);
  await press(app, box);
  await app.session.keys(['End']);
  if (text) await box.addValue(text);
}

/** "Add citation" with the cursor where it is, then the symbol and paragraph typed in. */
async function cite(app, symbol, paragraph) {
  await press(app, await button(app, 'Add citation'));
  await fill(app, 'Document symbol', symbol);
  await fill(app, 'Paragraph or recommendation', paragraph);
  await (await button(app, 'Save citation')).click();
  await eventually(async () => !(await dialogOpen(app)), 'the dialog to close');
}

test('a citation after "in 2025." goes in brackets before the full stop; Escape closes the dialog; the footnote style', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await newSubmission(app, SUBMISSION);
    await typeAtEnd(app, 'The city connected 1,200 homes to the water supply in 2025.');

    // Escape closes "Add a citation" (the focus is in its recommendation search) and inserts nothing.
    await press(app, await button(app, 'Add citation'));
    await seeText(app, 'Add a citation');
    await app.session.keys(['Escape']);
    await eventually(async () => !(await dialogOpen(app)), 'Escape to close the dialog');
    assert.equal(await editorText(app, FIRST), 'The city connected 1,200 homes to the water supply in 2025.');

    await typeAtEnd(app);
    await cite(app, 'A/HRC/59/15', '140.212');
    await eventually(
      async () => (await editorText(app, FIRST)) === 'The city connected 1,200 homes to the water supply in 2025 (A/HRC/59/15, para. 140.212).',
      'the citation in brackets before the full stop',
    );
    await saveState(app, 'Saved');
    await app.screenshot('citation-in-brackets');

    // Settings → Citations: the footnote style, shown on its example.
    await (await link(app, 'Settings')).click();
    await seeText(app, '¹ A/HRC/59/15, para. 140.212.');
    const footnoteStyle = await app.session.$(`//label[.//*[normalize-space(.)='In a footnote, after the sentence’s full stop']]//input[@type='radio']`);
    await press(app, footnoteStyle);
    await seeText(app, 'Saved. Citations added from now on are written this way.');
    await app.screenshot('citation-settings');

    await (await link(app, 'Submissions')).click();
    await (await link(app, SUBMISSION)).click();
    await typeAtEnd(app, ' Evictions fell by a third.');
    await cite(app, 'E/C.12/AUT/CO/4', '12');
    // The call sits after the full stop; the note holds the citation.
    await seeText(app, 'E/C.12/AUT/CO/4, para. 12.');
    await eventually(
      async () => (await editorText(app, FIRST)).endsWith('para. 140.212). Evictions fell by a third.'),
      'the text to end with the full stop, the footnote call after it',
    );
    // In the editor's document (TipTap keeps it on its element): text, then the footnote call.
    const tail = await app.session.execute((n) => {
      const content = document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.editor?.getJSON().content ?? [];
      return (content.at(-1)?.content ?? []).slice(-2).map((i) => i.type + (i.text ? `:${i.text.slice(-6)}` : ''));
    }, FIRST);
    assert.deepEqual(tail, ['text:third.', 'footnote']);
    await saveState(app, 'Saved');
  });
});
