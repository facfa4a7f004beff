// Steps that several specs take the same way a person does: setting up the city, creating an
// engagement, adding a milestone. Found by the words on the screen (see ui.mjs).
import { button, choose, fill, link, seeText } from './ui.mjs';

/** From the welcome screen: "Set up my city" with Ljubljana, Slovenia. */
export async function setUpCity(app) {
  await (await button(app, 'Set up my city')).click();
  await fill(app, 'City name', 'Ljubljana');
  await fill(app, 'Country code (ISO 3166-1 alpha-3)', 'SVN');
  await fill(app, 'State under review', 'Slovenia');
  await (await button(app, 'Save')).click();
  await link(app, 'Engagements');
}

/**
 * A new UPR engagement, through "New engagement". Without `sessionDate` it lands on the
 * engagement's screen; with one (and, if given, the session's last day), on the proposed
 * timeline.
 */
export async function newEngagement(app, title, { sessionDate, sessionEndDate } = {}) {
  await (await link(app, 'Engagements')).click();
  await (await button(app, 'New engagement')).click();
  await choose(app, 'Mechanism', 'Universal Periodic Review');
  await fill(app, 'Title', title);
  await fill(app, 'State under review', 'Slovenia');
  await fill(app, 'Session or call', '4th cycle, WG session 48');
  if (sessionDate) await fill(app, 'First day of the session', sessionDate);
  if (sessionEndDate) await fill(app, 'Last day of the session', sessionEndDate);
  await (await button(app, 'Save')).click();
  if (sessionDate) {
    await seeText(app, 'Proposed timeline');
    return;
  }
  await seeText(app, title);
  await button(app, 'Add milestone');
}

/** "Add milestone" on the engagement's screen; the zone defaults to Geneva's. */
export async function addMilestone(app, kind, title, date, time, zone = 'Europe/Zurich') {
  await (await button(app, 'Add milestone')).click();
  await choose(app, 'What it marks', kind);
  await fill(app, 'Title', title);
  await fill(app, 'Date', date);
  if (time) await fill(app, 'Time', time);
  await fill(app, 'Time zone', zone);
  await (await button(app, 'Save')).click();
  await seeText(app, title);
}

/** On an engagement's screen: "New submission" from the template, titled `title`; ends in its editor. */
export async function newSubmission(app, title) {
  await (await button(app, 'New submission')).click();
  await seeText(app, 'Sections of this template');
  await fill(app, 'Title', title);
  await (await button(app, 'Create submission')).click();
  await seeText(app, title);
}

/** A UPR Working Group report's recommendations section, as pasted into "Import…" (three recommendations, A/HRC/59/15). */
export const UPR_REPORT = `II. Conclusions and/or recommendations
140. The following recommendations will be examined by Slovenia:
140.1 Ratify the International Convention on the Protection of the Rights of All Migrant
Workers and Members of Their Families (Algeria) (Cabo Verde);
140.2 Adopt a national housing strategy that guarantees access to adequate housing for
Roma, including water and sanitation (Venezuela (Bolivarian Republic of));
140.3 Strengthen measures to reduce statelessness (Iraq).
141. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).`;
