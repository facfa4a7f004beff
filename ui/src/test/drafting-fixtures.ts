// Data shaped like the core's answers for drafting (types from ../lib/bindings).
import type { Content } from '../lib/bindings/Content';
import type { Section } from '../lib/bindings/Section';
import type { SectionView } from '../lib/bindings/SectionView';
import type { SentRecord } from '../lib/bindings/SentRecord';
import type { SubmissionDetail } from '../lib/bindings/SubmissionDetail';
import type { SubmissionStats } from '../lib/bindings/SubmissionStats';
import type { Template } from '../lib/bindings/Template';
import type { WordBreakdown } from '../lib/bindings/WordBreakdown';
import { engagement, mechanisms } from './fixtures';

export const upr = mechanisms[0]!;

export const templates: Template[] = [
  {
    key: 'upr_stakeholder',
    name: 'UPR stakeholder submission',
    description: 'A city’s written submission to the UPR as an “other stakeholder”.',
    mechanism_kinds: ['upr'],
    not_for_mechanisms: [],
    uses_mechanism_word_limit: true,
    for_mechanisms: ['UPR'],
    front_matter: 'header_block',
    publication_in_front_matter: false,
    sections: [
      { title: 'Summary and key words', guidance: 'In one short paragraph, give the city’s main concerns.', library: [] },
      { title: 'Recommendations', guidance: 'Propose a small number of recommendations addressed to the State.', library: [] },
    ],
  },
  {
    key: 'upr_midterm',
    name: 'UPR mid-term report',
    description: 'A voluntary report on the recommendations of the last cycle.',
    mechanism_kinds: ['upr'],
    not_for_mechanisms: [],
    uses_mechanism_word_limit: false,
    for_mechanisms: ['UPR'],
    front_matter: 'header_block',
    publication_in_front_matter: false,
    sections: [{ title: 'Summary', guidance: '', library: [] }],
  },
  {
    key: 'tb_list_of_issues',
    name: 'Treaty body: input to the list of issues',
    description: 'Suggested questions for the committee.',
    mechanism_kinds: ['treaty_body'],
    not_for_mechanisms: ['SPT'],
    uses_mechanism_word_limit: true,
    for_mechanisms: ['CCPR', 'CESCR', 'CRC'],
    front_matter: 'cover_page',
    publication_in_front_matter: true,
    sections: [{ title: 'Suggested questions', guidance: '', library: [] }],
  },
];

export const para = (text: string): Content['blocks'][number] => ({ type: 'paragraph', numbered: true, content: [{ type: 'text', text }] });

export const section = (overrides: Partial<Section> = {}): Section => ({
  id: 11,
  submission_id: 7,
  position: 0,
  title: 'Summary and key words',
  owner: 'Human Rights Office',
  status: 'drafted',
  guidance: 'In one short paragraph, give the city’s main concerns.',
  content: { blocks: [para('The city of Exampleville reports on housing.'), para('Key words: housing; evictions.')] },
  version: 3,
  updated_at: '2026-11-27T10:00:00Z',
  ...overrides,
});

export const stats = (overrides: Partial<SubmissionStats> = {}): SubmissionStats => ({
  words: 2410,
  limit: 2815,
  paragraphs: 3,
  footnotes: 1,
  sections: 2,
  body_words: 2400,
  footnote_words: 10,
  footnotes_count: true,
  joint: false,
  ...overrides,
});

/** Where the 2,410 words of `stats()` are, as the core gives it. */
export const breakdown = (overrides: Partial<WordBreakdown> = {}): WordBreakdown => ({
  title: 5,
  front_matter: 25,
  headings: 6,
  text: 2364,
  footnotes: 10,
  counted: ['title', 'front_matter', 'headings', 'text', 'footnotes'],
  excluded: [],
  total: 2410,
  ...overrides,
});

export const views = (): SectionView[] => [
  { section: section(), first_paragraph: 1, first_footnote: 1, words: 13, library: [] },
  {
    section: section({
      id: 12,
      position: 1,
      title: 'Recommendations',
      owner: '',
      status: 'to_draft',
      guidance: 'Propose a small number of recommendations addressed to the State.',
      content: {
        blocks: [
          {
            type: 'paragraph',
            numbered: true,
            content: [
              { type: 'text', text: 'Adopt a housing strategy' },
              { type: 'footnote', content: [{ type: 'text', text: 'As recommended in 2022.' }] },
              { type: 'text', text: ' as in ' },
              { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.7' },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
      version: 1,
    }),
    first_paragraph: 3,
    first_footnote: 1,
    words: 9,
    library: [],
  },
];

export const submissionDetail = (overrides: Partial<SubmissionDetail> = {}): SubmissionDetail => ({
  submission: {
    id: 7,
    engagement_id: 1,
    title: 'Submission of the City of Exampleville',
    template: 'upr_stakeholder',
    language: 'en',
    status: 'drafting',
    may_publish: null,
    co_submitters: [],
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-27T10:00:00Z',
  },
  engagement: engagement(),
  mechanism: upr,
  template: templates[0]!,
  sections: views(),
  stats: stats(),
  breakdown: breakdown(),
  rule: { ...upr.rule, overridden: false, stale: true },
  compliance: [
    { severity: 'warning', code: 'section_empty', message: 'The section “Recommendations” is almost empty.', section_id: 12 },
    { severity: 'error', code: 'front_matter_incomplete', message: 'The city profile has no contact e-mail.', section_id: null },
    { severity: 'info', code: 'rule_stale', message: 'The UPR word limit was last confirmed in 2011.', section_id: null },
  ],
  front_matter: {
    kind: 'header_block',
    lines: [
      { label: 'Submitted by', value: 'City of Exampleville' },
      { label: 'State under review', value: 'Exampleland' },
    ],
  },
  sent: null,
  edited_since_sent: false,
  read_only: false,
  status_choices: ['planned', 'drafting', 'internal_review', 'approved'],
  earlier_sends: [],
  co_submitters: [],
  charts: [],
  ...overrides,
});

/** The record of what was sent, as the core gives it. */
export const sentRecord = (overrides: Partial<SentRecord> = {}): SentRecord => ({
  sent_on: '2026-12-01',
  channel: 'UPR online submission system',
  file_name: 'exampleville-upr.docx',
  file_sha256: 'a'.repeat(64),
  revision_id: 5,
  ohchr_acronym: '',
  cited_paragraphs: '',
  recorded_at: '2026-12-01T10:00:00Z',
  reopened_at: null,
  ...overrides,
});
