//! What the engagement screens show at once, assembled from several table families: the
//! engagements list (each with its next milestone and number of submissions) and the engagement
//! screen (the engagement, its mechanism, milestones, rule in force and submissions). Above
//! `engagement`, `milestone` and `submission`, so that none of them needs another's screen.

use crate::engagement::{Engagement, Stage};
use crate::mechanism::Mechanism;
use crate::milestone::{DatedMilestone, DeadlineState};
use crate::rules::EffectiveRule;
use crate::store::Store;
use crate::submission::SubmissionSummary;
use crate::Result;
use serde::Serialize;
use ts_rs::TS;

/// A line of the engagements list (`cityrights engagements list --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EngagementSummary {
    pub id: i64,
    pub title: String,
    pub mechanism: String,
    pub stage: Stage,
    pub state_under_review: String,
    pub session: String,
    /// The next milestone still to come (and not met already), if any, with its days left.
    pub next_milestone: Option<DatedMilestone>,
    pub submissions: usize,
}

/// Everything the engagement screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct EngagementDetail {
    pub engagement: Engagement,
    pub mechanism: Mechanism,
    /// Every milestone, with its days left and where it stands (met, missed, handled…), as of
    /// the request.
    pub milestones: Vec<DatedMilestone>,
    /// The submission rule in force: the mechanism's default with this engagement's overrides.
    pub rule: EffectiveRule,
    pub submissions: Vec<SubmissionSummary>,
}

impl Store {
    /// The engagements list with each one's next milestone and number of submissions.
    pub fn engagement_summaries(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<EngagementSummary>> {
        let mut out = Vec::new();
        for (e, dated) in self.judged_milestones(now)? {
            let next = dated.into_iter().find(|d| d.state == DeadlineState::Ahead);
            let submissions = self.count_submissions(e.id)?;
            out.push(EngagementSummary {
                id: e.id,
                title: e.title,
                mechanism: e.mechanism,
                stage: e.stage,
                state_under_review: e.state_under_review,
                session: e.session,
                next_milestone: next,
                submissions,
            });
        }
        Ok(out)
    }

    /// True when the user has neither set up a city nor recorded anything (an engagement in
    /// the bin counts, and so does a stakeholder): the welcome screen.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.city_profile()?.is_none()
            && crate::store::engagement::count(&self.conn, true)? == 0
            && self.stakeholders()?.is_empty())
    }

    /// Everything the engagement screen shows, with days left counted from now.
    pub fn engagement_detail(&self, id: i64) -> Result<EngagementDetail> {
        self.engagement_detail_at(id, chrono::Utc::now())
    }

    /// Everything the engagement screen shows, with days left counted from `now`.
    pub fn engagement_detail_at(
        &self,
        id: i64,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<EngagementDetail> {
        let engagement = self.engagement(id)?;
        let mechanism = self.mechanism(&engagement.mechanism)?;
        Ok(EngagementDetail {
            milestones: self.dated_milestones(id, now)?,
            rule: self.effective_rule(id)?,
            submissions: self.submission_list(Some(id))?,
            mechanism,
            engagement,
        })
    }
}
