// Settings → Personal data: the retention setting (saved, refused with the input kept), the
// removal of expired data and its report, and finding a person to erase after a question that
// lists where they appear.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { readyApp, readyStatus } from '../../test/fixtures';
import type { PersonMatch } from '../bindings/PersonMatch';
import { session } from '../session.svelte';
import PersonalData from './PersonalData.svelte';

const ana: PersonMatch = {
  target: { by: 'participant', id: 11 },
  name: 'Ana Novak',
  email: 'ana@ngo.example',
  occurrences: [
    {
      place: 'participant',
      record_id: 11,
      label: 'Consultation “Housing” of 2026-03-02, participant 1',
      value: 'Ana Novak <ana@ngo.example>',
      erased_automatically: true,
    },
    {
      place: 'stakeholder_contact',
      record_id: 3,
      label: 'Stakeholder “Legal Aid Network”: contact',
      value: 'Ana Novak <ana@ngo.example>',
      erased_automatically: true,
    },
    {
      place: 'draft_text',
      record_id: 40,
      label: 'Submission “UPR”, section “Methodology”: text',
      value: 'Mentioned in the text: edit the section to remove it.',
      erased_automatically: false,
    },
  ],
};

function setup(handlers: Record<string, Handler> = {}) {
  session.status = readyStatus();
  const calls = mockCommands({ ...readyApp(), ...handlers });
  render(PersonalData);
  return calls;
}

describe('Personal data settings', () => {
  it('shows the retention in months with a plain explanation and what was removed at start-up', async () => {
    setup({
      retention_policy: () => ({ retention_months: 24, cutoff: '2024-11-27', expired_participants: 3 }),
      startup_purge: () => ({ retention_months: 24, cutoff: '2024-11-27', participants: 2, consultations: 1 }),
    });

    const months = (await screen.findByDisplayValue('24')) as HTMLInputElement;
    expect(screen.getByLabelText('Keep personal data for (months)')).toBe(months);
    expect(screen.getByText(/each person becomes “Participant 1”/)).toBeTruthy();
    expect(screen.getByText(/The personal data of 3 participants is past this period/)).toBeTruthy();
    expect(await screen.findByText(/When the app started, the personal data of 2 participants in 1 consultation was removed/)).toBeTruthy();
    expect(screen.getAllByText(/Backups made before .* still hold the old data/).length).toBeGreaterThan(0);
  });

  it('saves the retention and keeps a refused value in the field with the message', async () => {
    const calls = setup({
      set_retention_months: (args) => {
        if ((args.months as number) < 1) throw { kind: 'invalid', message: 'Give a number of months from 1 to 600 (24 is two years).', field: 'retention_months' };
        return { retention_months: args.months, cutoff: '2026-05-27', expired_participants: 0 };
      },
    });
    const months = (await screen.findByDisplayValue('24')) as HTMLInputElement;

    await fireEvent.input(months, { target: { value: 'six' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save period' }));
    expect(await screen.findByText('Give a number of months from 1 to 600 (24 is two years).')).toBeTruthy();
    expect(months.value).toBe('six');
    expect(months.getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(months, { target: { value: '6' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save period' }));
    expect(await screen.findByText('Saved: personal data is kept for 6 months after each consultation.')).toBeTruthy();
    expect(callsOf(calls, 'set_retention_months').map((c) => c.args.months)).toEqual([0, 6]);
  });

  it('"Remove expired personal data" says what it did', async () => {
    setup({ purge_expired_personal_data: () => ({ retention_months: 24, cutoff: '2024-11-27', participants: 4, consultations: 2 }) });

    await fireEvent.click(await screen.findByRole('button', { name: 'Remove expired personal data' }));
    expect(await screen.findByText('Removed the personal data of 4 participants in 2 consultations.')).toBeTruthy();
  });

  it('finds a person, lists where they appear, and erases them only after the question', async () => {
    let people = [ana];
    const calls = setup({
      find_person: () => people,
      erase_person: () => {
        people = [];
        return {
          participants: 1,
          consultations: 1,
          other_fields: 1,
          left_in_drafts: [ana.occurrences[2]],
          sections_changed: 0,
          revisions_changed: 0,
        };
      },
    });

    await fireEvent.input(await screen.findByLabelText('Name or e-mail'), { target: { value: 'novak' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    const person = await screen.findByTestId('person');
    expect(within(person).getByText(/Stakeholder “Legal Aid Network”: contact/)).toBeTruthy();
    expect(within(person).getByText(/not changed automatically: edit the text/)).toBeTruthy();

    await fireEvent.click(within(person).getByRole('button', { name: 'Erase Ana Novak…' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Erase Ana Novak everywhere\?/)).toBeTruthy();
    const places = within(dialog).getByRole('list', { name: 'Appears in:' });
    expect(within(places).getAllByRole('listitem')).toHaveLength(3);
    expect(within(dialog).getByText(/Backups made before/)).toBeTruthy();
    const inText = within(dialog).getByRole('checkbox', { name: 'Also replace the name and e-mail in drafts and their history' });
    expect((inText as HTMLInputElement).checked).toBe(false);
    expect(callsOf(calls, 'erase_person')).toHaveLength(0);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Erase everywhere' }));
    expect(await screen.findByText(/^Erased: 1 participant anonymised in 1 consultation, 1 other field cleared\. Still mentioned in drafts/)).toBeTruthy();
    expect(callsOf(calls, 'erase_person')[0]?.args).toEqual({ target: { by: 'participant', id: 11 }, inText: false });
    expect(await screen.findByText('Nobody was found for “novak”.')).toBeTruthy();
  });

  it('erases the name from drafts and their history too only when the box is ticked, and says how much changed', async () => {
    const calls = setup({
      find_person: () => [ana],
      erase_person: () => ({
        participants: 1,
        consultations: 1,
        other_fields: 1,
        left_in_drafts: [],
        sections_changed: 2,
        revisions_changed: 5,
      }),
    });

    await fireEvent.input(await screen.findByLabelText('Name or e-mail'), { target: { value: 'novak' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    await fireEvent.click(within(await screen.findByTestId('person')).getByRole('button', { name: 'Erase Ana Novak…' }));
    const dialog = screen.getByRole('dialog');
    const box = within(dialog).getByRole('checkbox', { name: 'Also replace the name and e-mail in drafts and their history' });
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText(/The file recorded as sent to the UN is kept as it was/)).toBeTruthy();
    await fireEvent.click(box);
    expect((box as HTMLInputElement).checked).toBe(true);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Erase everywhere' }));
    expect(await screen.findByText(/In the text: 2 sections and 5 earlier versions changed\./)).toBeTruthy();
    expect(callsOf(calls, 'erase_person')[0]?.args).toEqual({ target: { by: 'participant', id: 11 }, inText: true });
  });

  it('does not offer the box when the person is not mentioned in any draft', async () => {
    setup({ find_person: () => [{ ...ana, occurrences: ana.occurrences.slice(0, 2) }] });

    await fireEvent.input(await screen.findByLabelText('Name or e-mail'), { target: { value: 'novak' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    await fireEvent.click(within(await screen.findByTestId('person')).getByRole('button', { name: 'Erase Ana Novak…' }));
    expect(within(screen.getByRole('dialog')).queryByRole('checkbox')).toBeNull();
  });

  it('shows the message for a too-short search next to the field', async () => {
    setup({
      find_person: () => {
        throw { kind: 'invalid', message: "Type at least two letters of the person's name or e-mail address.", field: 'query' };
      },
    });

    const q = await screen.findByLabelText('Name or e-mail');
    await fireEvent.input(q, { target: { value: 'a' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByText(/Type at least two letters/)).toBeTruthy();
    expect((q as HTMLInputElement).value).toBe('a');
  });
});
