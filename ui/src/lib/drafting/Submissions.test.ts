// The submissions list, the search across all drafts, and the new-submission form.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { submissionDetail, templates } from '../../test/drafting-fixtures';
import type { Stakeholder } from '../bindings/Stakeholder';
import { session } from '../session.svelte';
import NewSubmission from './NewSubmission.svelte';
import Submissions from './Submissions.svelte';

const summary = {
  id: 7,
  engagement_id: 1,
  engagement_title: 'UPR of Exampleland (demo cycle)',
  mechanism: 'UPR',
  title: 'Submission of the City of Exampleville',
  status: 'drafting' as const,
  joint: false,
  words: 2410,
  limit: 2815,
  updated_at: '2026-11-27T10:20:28Z',
};

const nhri: Stakeholder = { id: 4, name: 'Ombudsperson of Exampleland', acronym: 'OEX', kind: 'nhri', country: 'XEX', contact: '', notes: '', accreditation: 'a_status' };

function setup(screenName: 'list' | 'new', handlers: Record<string, Handler> = {}, engagementId: number | null = null) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  const calls = mockCommands({
    ...readyApp(),
    list_submissions: () => [summary],
    list_templates: () => templates,
    list_stakeholders: () => [nhri],
    ...handlers,
  });
  if (screenName === 'list') render(Submissions);
  else render(NewSubmission, { engagementId });
  return calls;
}

describe('Submissions list', () => {
  it('lists title, engagement, mechanism, status, words against the limit and when it changed', async () => {
    setup('list');
    const row = await screen.findByTestId('submission-row');
    expect(within(row).getByRole('link', { name: 'Submission of the City of Exampleville' }).getAttribute('href')).toBe('#/submissions/7');
    expect(within(row).getByRole('link', { name: 'UPR of Exampleland (demo cycle)' }).getAttribute('href')).toBe('#/engagements/1');
    expect(row.textContent).toContain('UPR');
    expect(row.textContent).toContain('Drafting');
    expect(row.textContent).toContain('2,410 / 2,815 words');
    expect(row.textContent).toContain('Fri, 27 Nov 2026');
    expect(screen.getByRole('button', { name: 'New submission' })).toBeTruthy();
  });

  it('explains what to do first when there is none', async () => {
    setup('list', { list_submissions: () => [] });
    expect(await screen.findByText(/No submissions yet/)).toBeTruthy();
  });

  it('searches all drafts and shows each hit highlighted, linking to its section', async () => {
    const calls = setup('list', {
      search_drafts: () => [
        {
          submission_id: 7,
          submission_title: 'Submission of the City of Exampleville',
          section_id: 12,
          section_title: 'Recommendations',
          before: 'Adopt a national ',
          matched: 'housing',
          after: ' strategy',
        },
      ],
    });
    await fireEvent.input(await screen.findByLabelText('Search all drafts'), { target: { value: 'housing' } });
    const results = await screen.findByRole('region', { name: 'Search results' }, { timeout: 2000 });
    expect(callsOf(calls, 'search_drafts')[0]?.args).toEqual({ query: 'housing' });
    expect(within(results).getByRole('status').textContent).toBe('1 place found');
    const link = within(results).getByRole('link', { name: 'Submission of the City of Exampleville › Recommendations' });
    expect(link.getAttribute('href')).toBe('#/submissions/7?section=12&highlight=housing');
    expect(results.querySelector('mark')?.textContent).toBe('housing');
  });

  it('shows hostile text from a draft as text', async () => {
    setup('list', {
      search_drafts: () => [{ submission_id: 7, submission_title: 'T', section_id: 1, section_title: 'S', before: '<img src=x onerror=alert(1)>', matched: 'x', after: '' }],
    });
    await fireEvent.input(await screen.findByLabelText('Search all drafts'), { target: { value: 'x' } });
    await screen.findByRole('region', { name: 'Search results' }, { timeout: 2000 });
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('New submission', () => {
  it('offers the templates of the engagement’s mechanism and creates the submission with the agreed arguments', async () => {
    const calls = setup('new', { create_submission: () => submissionDetail() }, 1);
    const template = (await screen.findByLabelText('Template')) as HTMLSelectElement;
    await waitFor(() => expect([...template.options].map((o) => o.textContent)).toEqual(['UPR stakeholder submission', 'UPR mid-term report']));
    expect(template.value).toBe('upr_stakeholder');
    expect(screen.getByText('Summary and key words')).toBeTruthy();

    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Joint submission of Exampleville' } });
    await fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    await fireEvent.click(screen.getByLabelText('Ombudsperson of Exampleland (OEX)'));
    await fireEvent.click(screen.getByLabelText('No'));
    await fireEvent.click(screen.getByRole('button', { name: 'Create submission' }));

    await waitFor(() => expect(callsOf(calls, 'create_submission')).toHaveLength(1));
    expect(callsOf(calls, 'create_submission')[0]?.args).toEqual({
      engagementId: 1,
      input: { title: 'Joint submission of Exampleville', template: 'upr_stakeholder', language: 'fr', co_submitters: [4], may_publish: false },
    });
    await waitFor(() => expect(window.location.hash).toBe('#/submissions/7'));
  });

  it('lists only the templates for a treaty body when a CESCR engagement is chosen', async () => {
    setup('new', {}, null);
    const engagement = (await screen.findByLabelText('Engagement')) as HTMLSelectElement;
    await waitFor(() => expect(engagement.options.length).toBeGreaterThan(1));
    await fireEvent.change(engagement, { target: { value: '2' } });
    const template = screen.getByLabelText('Template') as HTMLSelectElement;
    await waitFor(() => expect([...template.options].map((o) => o.value)).toEqual(['tb_list_of_issues']));
  });

  it('asks for an NHRI’s accreditation, and offers the national mechanism (NMIRF) as a kind', async () => {
    const calls = setup('new', { create_stakeholder: () => ({ ...nhri, id: 9 }) }, 1);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add a co-submitter' }));
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.textContent)).toContain('National mechanism for implementation, reporting and follow-up');
    expect(screen.queryByLabelText('Accreditation (GANHRI)')).toBeNull();
    await fireEvent.change(kind, { target: { value: 'nhri' } });
    await fireEvent.input(screen.getByLabelText('Name of the co-submitter'), { target: { value: 'Ombudsperson' } });
    await fireEvent.change(screen.getByLabelText('Accreditation (GANHRI)'), { target: { value: 'a_status' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(callsOf(calls, 'create_stakeholder')).toHaveLength(1));
    expect(callsOf(calls, 'create_stakeholder')[0]?.args).toMatchObject({ input: { kind: 'nhri', accreditation: 'a_status' } });
  });

  it('adds a co-submitter on the fly and chooses it', async () => {
    const calls = setup(
      'new',
      { create_stakeholder: (args) => ({ ...nhri, id: 9, name: String((args.input as { name: string }).name), acronym: '' }) },
      1,
    );
    await fireEvent.click(await screen.findByRole('button', { name: 'Add a co-submitter' }));
    await fireEvent.input(screen.getByLabelText('Name of the co-submitter'), { target: { value: 'City of Sampleton' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect((screen.getByLabelText('City of Sampleton') as HTMLInputElement).checked).toBe(true));
    expect(callsOf(calls, 'create_stakeholder')[0]?.args).toEqual({
      input: { name: 'City of Sampleton', acronym: '', kind: 'city', country: '', contact: '', notes: '', accreditation: null },
    });
  });

  it("shows the core's message next to the title and keeps what was typed", async () => {
    setup(
      'new',
      {
        create_submission: () => {
          throw { kind: 'invalid', message: 'The title cannot be empty.', field: 'title' };
        },
      },
      1,
    );
    await screen.findByLabelText('Template');
    await fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Create submission' }));
    expect(await screen.findByText('The title cannot be empty.')).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('es');
  });
});
