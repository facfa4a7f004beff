// Steps that several specs take the same way a person does: setting up the city, creating an
// engagement, adding a milestone. Found by the words on the screen (see ui.mjs), in English
// unless a spec passes the words of another language (`words('fr')`, see words.mjs).
import { button, choose, fill, link, seeText } from './ui.mjs';
import { en } from './words.mjs';

/** From the welcome screen: "Set up my city" with Ljubljana, Slovenia. */
export async function setUpCity(app, w = en) {
  await (await button(app, w('welcome.setup'))).click();
  await fill(app, w('city.name'), 'Ljubljana');
  await fill(app, w('city.country'), 'SVN');
  await fill(app, w('city.state_under_review'), 'Slovenia');
  await (await button(app, w('common.save'))).click();
  await link(app, w('nav.engagements'));
}

/**
 * A new UPR engagement, through "New engagement". Without `sessionDate` it lands on the
 * engagement's screen; with one (and, if given, the session's last day), on the proposed
 * timeline.
 */
export async function newEngagement(app, title, { sessionDate, sessionEndDate, w = en } = {}) {
  await (await link(app, w('nav.engagements'))).click();
  await (await button(app, w('engagements.new'))).click();
  // The UPR's option as the language writes it ("EPU — Examen périodique universel").
  await choose(app, w('engagement_form.mechanism'), w('mechanism.UPR'));
  await fill(app, w('engagement_form.title'), title);
  await fill(app, w('engagement_form.state'), 'Slovenia');
  await fill(app, w('engagement_form.session'), '4th cycle, WG session 48');
  if (sessionDate) await fill(app, w('timeline.session_date'), sessionDate);
  if (sessionEndDate) await fill(app, w('timeline.session_end_date'), sessionEndDate);
  await (await button(app, w('common.save'))).click();
  if (sessionDate) {
    await seeText(app, w('timeline.title'));
    return;
  }
  await seeText(app, title);
  await button(app, w('engagement.add_milestone'));
}

/** "Add milestone" on the engagement's screen; the zone defaults to Geneva's. */
export async function addMilestone(app, kind, title, date, time, zone = 'Europe/Zurich', w = en) {
  await (await button(app, w('engagement.add_milestone'))).click();
  await choose(app, w('milestone_form.kind'), kind);
  await fill(app, w('milestone_form.title'), title);
  await fill(app, w('milestone_form.date'), date);
  if (time) await fill(app, w('milestone_form.time'), time);
  await fill(app, w('milestone_form.time_zone'), zone);
  await (await button(app, w('common.save'))).click();
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
