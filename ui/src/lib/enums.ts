// The values of the core's enums, in the order the core defines them, for selects and
// steppers. (Their types are generated from Rust; only the lists live here.)
import type { ConsultationFormat } from './bindings/ConsultationFormat';
import type { MilestoneKind } from './bindings/MilestoneKind';
import type { Stage } from './bindings/Stage';

export const STAGES: readonly Stage[] = ['upcoming', 'drafting', 'submitted', 'under_review', 'outcome_adopted', 'follow_up'];

export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'window_opens',
  'window_closes',
  'pre_session',
  'session',
  'outcome_adoption',
  'follow_up_due',
  'internal',
];

export const CONSULTATION_FORMATS: readonly ConsultationFormat[] = [
  'meeting',
  'workshop',
  'survey',
  'written_input',
  'interview',
  'public_hearing',
  'other',
];
