// Data shaped like the core's answers (see the Rust types in ../lib/bindings).
import type { CityProfile } from '../lib/bindings/CityProfile';
import type { Dashboard } from '../lib/bindings/Dashboard';
import type { Deadline } from '../lib/bindings/Deadline';
import type { Engagement } from '../lib/bindings/Engagement';
import type { EngagementDetail } from '../lib/bindings/EngagementDetail';
import type { EngagementSummary } from '../lib/bindings/EngagementSummary';
import type { Mandate } from '../lib/bindings/Mandate';
import type { Mechanism } from '../lib/bindings/Mechanism';
import type { DatedMilestone } from '../lib/bindings/DatedMilestone';
import type { Milestone } from '../lib/bindings/Milestone';
import type { Rule } from '../lib/bindings/Rule';
import type { AppStatus } from '../lib/bindings/AppStatus';

export const ZONE = 'Europe/Vienna';

export const city: CityProfile = {
  name: 'Exampleville (demo)',
  country: 'XEX',
  state_under_review: 'Exampleland',
  contact_name: 'Human Rights Office',
  contact_email: 'human.rights@exampleville.example',
  default_language: 'en',
  paper_size: 'a4',
  logo_path: null,
  is_demo: true,
};

/** What the core sends as `new_milestone` for a user in `zone` (see MilestoneDefaults in Rust). */
const newMilestone = (zone: string): AppStatus['new_milestone'] => ({
  time_zone: zone,
  time_zone_by_kind: {
    window_opens: zone,
    window_closes: zone,
    pre_session: zone,
    session: zone,
    outcome_adoption: zone,
    follow_up_due: zone,
    internal: zone,
  },
  upr_time_zone_by_kind: {
    window_opens: 'Europe/Zurich',
    window_closes: 'Europe/Zurich',
    pre_session: zone,
    session: zone,
    outcome_adoption: zone,
    follow_up_due: zone,
    internal: zone,
  },
  reminder_days: '30, 7, 1',
});

export const readyStatus = (overrides: Partial<AppStatus> = {}): AppStatus => ({
  db_path: '/home/officer/.local/share/cityrights/cityrights.sqlite3',
  ready: true,
  error: null,
  empty: false,
  city,
  time_zone: ZONE,
  new_milestone: newMilestone(overrides.time_zone ?? ZONE),
  contribution: null,
  ...overrides,
});

export const emptyStatus = (): AppStatus => readyStatus({ empty: true, city: null });

const rule = (overrides: Partial<Rule> = {}): Rule => ({
  word_limit_individual: 2815,
  word_limit_joint: 5630,
  footnotes_count: true,
  footnotes_rule_known: false,
  formats: ['docx'],
  languages: ['en', 'fr', 'es'],
  front_matter: 'header_block',
  status: 'third_party',
  stated_by: 'UPR Info',
  source: 'UPR Info, 2011',
  last_confirmed: '2011-11-01',
  read_on: '2026-12-03',
  formats_note: 'OHCHR’s technical guide for stakeholders (as of 1 July 2008) asked for Word files, not PDF.',
  note: '',
  ...overrides,
});

export const mechanisms: Mechanism[] = [
  {
    code: 'UPR',
    kind: 'upr',
    acronym: 'UPR',
    name: 'Universal Periodic Review',
    body: 'Human Rights Council, UPR Working Group',
    treaty: null,
    symbol_prefix: 'A/HRC/WG.6/',
    colour: '#1d4e89',
    rule: rule(),
  },
  {
    code: 'CESCR',
    kind: 'treaty_body',
    acronym: 'CESCR',
    name: 'Committee on Economic, Social and Cultural Rights',
    body: 'CESCR',
    treaty: 'ICESCR',
    symbol_prefix: 'E/C.12/',
    colour: '#0f7b6c',
    rule: rule({ word_limit_individual: 10700, word_limit_joint: 10700, status: 'confirmed', stated_by: 'OHCHR', last_confirmed: null, formats_note: null, front_matter: 'cover_page' }),
  },
  {
    code: 'SP',
    kind: 'special_procedures',
    acronym: 'SP',
    name: 'Special Procedures of the Human Rights Council',
    body: 'Human Rights Council',
    treaty: null,
    symbol_prefix: 'A/HRC/',
    colour: '#8a6d00',
    rule: rule({ word_limit_individual: null, word_limit_joint: null, status: 'unconfirmed', stated_by: null, last_confirmed: null, read_on: null, formats_note: null }),
  },
];

export const mandates: Mandate[] = [
  { code: 'SR-HOUSING', name: 'Special Rapporteur on adequate housing', status: 'confirmed', why: '' },
];

export const deadline = (overrides: Partial<Deadline> = {}): Deadline => ({
  milestone_id: 5,
  engagement_id: 1,
  engagement_title: 'UPR of Exampleland (demo cycle)',
  mechanism: 'UPR',
  kind: 'window_closes',
  title: 'Submission window closes',
  due: '2026-12-18T23:59:00+01:00',
  time_zone: 'Europe/Zurich',
  date: '2026-12-18',
  time: '23:59',
  is_estimate: false,
  days_left: 21,
  overdue: false,
  by_state: false,
  state: 'ahead',
  met_by: null,
  handled_at: null,
  ...overrides,
});

/** The city's own deadline in 5 days: the dashboard's next milestone. */
const departmentsSend = (): Deadline =>
  deadline({
    milestone_id: 3,
    kind: 'internal',
    title: 'Departments send their sections',
    due: '2026-12-03T12:00:00+01:00',
    time_zone: ZONE,
    date: '2026-12-03',
    time: '12:00',
    days_left: 5,
  });

export const dashboard = (): Dashboard => ({
  next: departmentsSend(),
  upcoming_days: 90,
  upcoming: [
    departmentsSend(),
    deadline(),
    deadline({
      milestone_id: 9,
      engagement_id: 2,
      engagement_title: 'CESCR review of Exampleland',
      mechanism: 'CESCR',
      kind: 'pre_session',
      title: 'Pre-sessional working group',
      due: '2027-02-01T23:59:59+01:00',
      time_zone: 'Europe/Zurich',
      date: '2027-02-01',
      time: null,
      is_estimate: true,
      days_left: 65,
    }),
  ],
  overdue: [
    deadline({
      milestone_id: 2,
      kind: 'internal',
      title: 'Kick-off meeting with departments',
      due: '2026-11-20T10:00:00+01:00',
      time_zone: ZONE,
      date: '2026-11-20',
      time: '10:00',
      days_left: -8,
      overdue: true,
      state: 'missed',
    }),
  ],
  drafts: [
    {
      id: 1,
      engagement_id: 1,
      engagement_title: 'UPR of Exampleland (demo cycle)',
      mechanism: 'UPR',
      title: 'Submission of the City of Exampleville',
      status: 'drafting',
      joint: true,
      words: 290,
      limit: 5630,
      updated_at: '2026-11-27T10:20:28Z',
    },
  ],
});

export const milestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  id: 5,
  engagement_id: 1,
  kind: 'window_closes',
  title: 'Submission window closes',
  date: '2026-12-18',
  end_date: null,
  time: '23:59',
  time_zone: 'Europe/Zurich',
  is_estimate: false,
  basis: '',
  notes: '',
  due: '2026-12-18T23:59:00+01:00',
  reminder_days: [30, 7, 1],
  by_state: false,
  handled_at: null,
  ...overrides,
});

/** A milestone as the engagement screens get it: with the days left the core counted. */
export const dated = (overrides: Partial<DatedMilestone> = {}): DatedMilestone => ({
  ...milestone(overrides),
  days_left: 12,
  overdue: false,
  state: 'ahead',
  met_by: null,
  ...overrides,
});

export const engagement = (overrides: Partial<Engagement> = {}): Engagement => ({
  id: 1,
  mechanism: 'UPR',
  title: 'UPR of Exampleland (demo cycle)',
  state_under_review: 'Exampleland',
  session: 'Working Group session (demo)',
  mandate: '',
  stage: 'drafting',
  notes: '',
  rule_override: {},
  created_at: '2026-11-27T10:00:00Z',
  updated_at: '2026-11-27T10:00:00Z',
  ...overrides,
});

export const summaries = (): EngagementSummary[] => [
  {
    id: 3,
    title: 'Call for input: local governments and housing',
    mechanism: 'SP',
    stage: 'drafting',
    state_under_review: '',
    session: 'Thematic report (demo)',
    next_milestone: dated({ id: 13, engagement_id: 3, title: 'Deadline for input', date: '2099-12-30', due: '2099-12-30T18:00:00+01:00', time: '18:00' }),
    submissions: 0,
  },
  {
    id: 2,
    title: 'CESCR review of Exampleland',
    mechanism: 'CESCR',
    stage: 'upcoming',
    state_under_review: 'Exampleland',
    session: 'Pre-sessional working group (demo)',
    next_milestone: null,
    submissions: 0,
  },
  {
    id: 1,
    title: 'UPR of Exampleland (demo cycle)',
    mechanism: 'UPR',
    stage: 'drafting',
    state_under_review: 'Exampleland',
    session: 'Working Group session (demo)',
    next_milestone: dated({ date: '2099-12-18', due: '2099-12-18T23:59:00+01:00' }),
    submissions: 1,
  },
];

export const detail = (overrides: Partial<EngagementDetail> = {}): EngagementDetail => {
  const upr = mechanisms[0] as Mechanism;
  return {
    engagement: engagement(),
    mechanism: upr,
    milestones: [
      dated({ id: 4, kind: 'window_opens', title: 'Submission window opens', date: '2026-11-01', time: null, due: '2026-11-01T23:59:59+01:00', days_left: -36 }),
      dated(),
    ],
    rule: { ...upr.rule, overridden: false, stale: true },
    submissions: dashboard().drafts,
    ...overrides,
  };
};

/** The handlers every screen of a ready app needs. */
export const readyApp = (status = readyStatus()) => ({
  app_status: () => status,
  app_info: () => ({ version: '0.1.0' }),
  list_mechanisms: () => mechanisms,
  list_mandates: () => mandates,
  dashboard: () => dashboard(),
  list_engagements: () => summaries(),
  due_at_startup: () => [],
  plan_due_at_startup: () => [],
  plan_charts: () => ({ statuses: ['planned', 'in_progress', 'done', 'delayed', 'dropped'], by_department: [], totals: [0, 0, 0, 0, 0] }),
  list_consultations: () => [],
  list_stakeholders: () => [],
  retention_policy: () => ({ retention_months: 24, cutoff: '2024-11-27', expired_participants: 0 }),
  startup_purge: () => null,
});
