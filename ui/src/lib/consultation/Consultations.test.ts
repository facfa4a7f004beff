// The engagement screen's consultations: the list with anonymised participants, adding one with
// two participants (what is sent to Rust), the core's refusal shown with the input kept, and
// deleting after a question.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { readyApp, readyStatus } from '../../test/fixtures';
import type { Consultation } from '../bindings/Consultation';
import { session } from '../session.svelte';
import Consultations from './Consultations.svelte';

const housing: Consultation = {
  id: 7,
  engagement_id: 1,
  submission_id: null,
  held_on: '2026-03-02',
  topic: 'Housing round table',
  format: 'meeting',
  notes: '',
  personal_data_until: '2028-03-02',
  participants: [
    {
      id: 11,
      position: 1,
      name: 'Participant 1',
      organisation: 'Tenants’ Association',
      stakeholder_id: 3,
      role: '',
      email: '',
      phone: '',
      consent_to_name: false,
      notes: '',
      anonymised_at: '2026-11-27T10:00:00Z',
    },
    {
      id: 12,
      position: 2,
      name: 'Marko Kranjc',
      organisation: 'Housing department',
      stakeholder_id: null,
      role: 'Head',
      email: 'marko@city.example',
      phone: '',
      consent_to_name: true,
      notes: '',
      anonymised_at: null,
    },
  ],
};

function setup(handlers: Record<string, Handler> = {}) {
  session.status = readyStatus();
  const calls = mockCommands({
    ...readyApp(),
    list_stakeholders: () => [
      { id: 3, name: 'Tenants’ Association', acronym: 'TA', kind: 'ngo', country: '', contact: '', notes: '' },
    ],
    ...handlers,
  });
  render(Consultations, { engagementId: 1 });
  return calls;
}

describe('Consultations', () => {
  it('lists each consultation with its participants, the removed ones as "Participant n"', async () => {
    setup({ list_consultations: () => [housing] });

    const row = await screen.findByTestId('consultation-row');
    expect(within(row).getByText('Housing round table')).toBeTruthy();
    expect(within(row).getByText('Meeting')).toBeTruthy();
    expect(within(row).getByText('2 participants')).toBeTruthy();
    expect(within(row).getByText(/Participant 1, Tenants’ Association/)).toBeTruthy();
    expect(within(row).getByText('(personal data removed)')).toBeTruthy();
    expect(within(row).getByText(/Marko Kranjc, Housing department/)).toBeTruthy();
    expect(within(row).getByText(/^Personal data kept until/)).toBeTruthy();
  });

  it('adds a consultation with two participants and sends them as typed', async () => {
    let list: Consultation[] = [];
    const calls = setup({
      list_consultations: () => list,
      create_consultation: () => {
        list = [housing];
        return housing;
      },
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Add consultation' }));
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-02' } });
    await fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'meeting' } });
    await fireEvent.input(screen.getByLabelText('Topic'), { target: { value: 'Housing round table' } });
    await fireEvent.input(screen.getByLabelText('Name of participant 1'), { target: { value: 'Ana Novak' } });
    await fireEvent.input(screen.getByLabelText('Organisation of participant 1'), { target: { value: 'Tenants’ Association' } });
    await fireEvent.input(screen.getByLabelText(/^E-mail of participant 1/), { target: { value: 'ana@ngo.example' } });
    await fireEvent.click(screen.getByLabelText('Agreed to be named in the submission of participant 1'));
    await fireEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    await fireEvent.input(screen.getByLabelText('Name of participant 2'), { target: { value: 'Marko Kranjc' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findAllByRole('status')).some((s) => s.textContent === 'Consultation saved.')).toBe(true);
    const sent = callsOf(calls, 'create_consultation')[0]?.args as { engagementId: number; input: Record<string, unknown> };
    expect(sent.engagementId).toBe(1);
    expect(sent.input).toMatchObject({ held_on: '2026-03-02', topic: 'Housing round table', format: 'meeting', submission_id: null });
    expect(sent.input.participants).toEqual([
      expect.objectContaining({ name: 'Ana Novak', organisation: 'Tenants’ Association', email: 'ana@ngo.example', consent_to_name: true }),
      expect.objectContaining({ name: 'Marko Kranjc', organisation: '', email: '', consent_to_name: false }),
    ]);
    expect(await screen.findByTestId('consultation-row')).toBeTruthy();
  });

  it("shows the core's message under the topic and keeps everything typed", async () => {
    setup({
      create_consultation: () => {
        throw { kind: 'invalid', message: 'The topic cannot be empty. Say in a few words what the consultation was about.', field: 'topic' };
      },
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Add consultation' }));
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-02' } });
    await fireEvent.input(screen.getByLabelText('Name of participant 1'), { target: { value: 'Ana Novak' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const message = await screen.findByText(/The topic cannot be empty/);
    const topic = screen.getByLabelText('Topic');
    expect(topic.getAttribute('aria-invalid')).toBe('true');
    expect(topic.getAttribute('aria-describedby')).toBe(message.closest('p')?.id);
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-03-02');
    expect((screen.getByLabelText('Name of participant 1') as HTMLInputElement).value).toBe('Ana Novak');
  });

  it('shows an anonymised participant without editable personal fields when editing', async () => {
    setup({ list_consultations: () => [housing] });

    await fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const first = screen.getAllByTestId('participant')[0]!;
    expect(within(first).getByText(/Personal data removed; the organisation stays\./)).toBeTruthy();
    expect(within(first).queryByRole('textbox')).toBeNull();
    expect((screen.getByLabelText('Name of participant 2') as HTMLInputElement).value).toBe('Marko Kranjc');
  });

  it('deletes only after the question', async () => {
    let list = [housing];
    const calls = setup({
      list_consultations: () => list,
      delete_consultation: () => {
        list = [];
        return null;
      },
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(callsOf(calls, 'delete_consultation')).toHaveLength(0);
    expect(screen.getByText(/Delete the consultation “Housing round table”/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));

    expect(await screen.findByText(/No consultations recorded yet/)).toBeTruthy();
    expect(callsOf(calls, 'delete_consultation')[0]?.args).toEqual({ id: 7 });
  });
});
