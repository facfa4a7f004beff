-- The city among national actors, and whose step a milestone is.
--
-- stakeholder.accreditation: for a national human rights institution, its accreditation by the
-- Global Alliance of National Human Rights Institutions (GANHRI) against the Paris Principles:
-- 'a_status', 'b_status', 'not_accredited', or '' when not given. The UPR's summary of
-- stakeholders' information has a separate section for an A-status institution.
ALTER TABLE stakeholder ADD COLUMN accreditation TEXT NOT NULL DEFAULT '';

-- milestone.by_state: 1 when the milestone is the State's step (a State's follow-up report to a
-- treaty body), shown under "State reports" and never counted as the city's overdue action.
ALTER TABLE milestone ADD COLUMN by_state INTEGER NOT NULL DEFAULT 0;
