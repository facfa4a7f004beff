// Facts an officer can trust, end to end: a proposed window that has already closed says so;
// the rules say who states them and when the page was read; the SPT gets no State-report
// timeline; the templates for national work and the national actors (NMIRF, an NHRI with its
// accreditation) work in the real app.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, axeAudit } from '../axe.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, fill, link, seeText, showsText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };

test('a window that closed before the engagement was created is shown as past, and the rules say who states them', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    // A review in May 2027: by the usual estimate its window closed on 3 October 2026.
    await newEngagement(app, 'UPR of Slovenia (late start)', { sessionDate: '2027-05-03' });
    await seeText(app, 'Already past.');
    await seeText(app, 'By this estimate the submission window closed on 3 Oct 2026');
    await seeText(app, 'about two years after the adoption of the outcome');
    await app.screenshot('timeline-passed-window');
    await (await button(app, 'Add the selected milestones')).click();
    await button(app, 'Add milestone');
    await seeText(app, 'Rules in force');
    await seeText(app, 'Reported by UPR Info (2011)');
    await seeText(app, 'as of 1 July 2008');
    assert.equal(await showsText(app, 'Confirmed by the UN'), false);
  });
});

test('the SPT proposes no dialogue and says what it does instead', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await (await link(app, 'Engagements')).click();
    await (await button(app, 'New engagement')).click();
    await choose(app, 'Mechanism', 'Subcommittee on Prevention of Torture');
    await fill(app, 'Title', 'SPT visit to Slovenia');
    await fill(app, 'State under review', 'Slovenia');
    await fill(app, 'First day of the session', '2027-03-01');
    await (await button(app, 'Save')).click();
    await seeText(app, 'Proposed timeline');
    await seeText(app, 'visits places where people are deprived of their liberty');
    assert.equal(await showsText(app, 'Session (dialogue with the State)'), false);
    await assertAccessible(app, 'the proposed timeline of a new engagement');
  });
});

test('input to the State’s national report, with the national mechanism and an A-status NHRI as co-submitters', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, national consultation');
    const audit = axeAudit(app);
    await (await button(app, 'New submission')).click();
    await seeText(app, 'Sections of this template');
    await audit.check('the new submission form');
    await choose(app, 'Template', 'national report or consultation');
    await seeText(app, 'not to the UN: the UN');
    await fill(app, 'Title', 'Ljubljana’s input to the national report');

    await (await button(app, 'Add a co-submitter')).click();
    await choose(app, 'Kind', 'National mechanism for implementation, reporting and follow-up');
    await fill(app, 'Name of the co-submitter', 'Government Office for Human Rights Reporting');
    await (await button(app, 'Add')).click();
    await seeText(app, 'Government Office for Human Rights Reporting');

    await (await button(app, 'Add a co-submitter')).click();
    await choose(app, 'Kind', 'National human rights institution');
    await fill(app, 'Name of the co-submitter', 'Human Rights Ombudsman of Slovenia');
    await choose(app, 'Accreditation (GANHRI)', 'A status');
    await audit.check('the co-submitter form for a national human rights institution');
    await (await button(app, 'Add')).click();
    await seeText(app, 'Human Rights Ombudsman of Slovenia');
    await app.screenshot('national-input-form');
    await audit.check('the new submission form with two co-submitters');
    audit.assertNone();

    await (await button(app, 'Create submission')).click();
    await textbox(app, 'Section text: Implementation at local level');
    await textbox(app, 'Section text: Challenges that need national action');
    await app.screenshot('national-input-editor');
  });
});
