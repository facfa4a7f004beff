// The engagements list and the form that creates one.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { engagement, mechanisms, readyApp, readyStatus, summaries } from '../../test/fixtures';
import { session } from '../session.svelte';
import Engagements from './Engagements.svelte';
import NewEngagement from './NewEngagement.svelte';

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

describe('Engagements list', () => {
  it('shows each engagement with its badge, State, stage and next milestone', async () => {
    ready();
    mockCommands(readyApp());
    render(Engagements);

    const rows = await screen.findAllByTestId('engagement-row');
    expect(rows).toHaveLength(3);
    const upr = rows[2] as HTMLElement;
    expect(within(upr).getByText('UPR')).toBeTruthy();
    expect(within(upr).getByRole('link', { name: 'UPR of Exampleland (demo cycle)' }).getAttribute('href')).toBe('#/engagements/1');
    expect(upr.textContent).toContain('Exampleland');
    expect(upr.textContent).toContain('Drafting');
    expect(upr.textContent).toContain('Submission window closes');
    expect(upr.textContent).toMatch(/in \d+ days/);
    expect(rows[1]?.textContent).toContain('No milestone ahead');
  });

  it('filters by mechanism and by stage', async () => {
    ready();
    mockCommands(readyApp());
    render(Engagements);
    await screen.findAllByTestId('engagement-row');

    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'CESCR' } });
    let rows = screen.getAllByTestId('engagement-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('CESCR review of Exampleland');

    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: '' } });
    await fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'drafting' } });
    rows = screen.getAllByTestId('engagement-row');
    expect(rows).toHaveLength(2);

    await fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'follow_up' } });
    expect(screen.queryAllByTestId('engagement-row')).toHaveLength(0);
    expect(screen.getByText('No engagement matches these filters.')).toBeTruthy();
  });

  it('explains what an engagement is when there are none', async () => {
    ready();
    mockCommands({ ...readyApp(), list_engagements: () => [] });
    render(Engagements);

    expect(await screen.findByText(/You have no engagements yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New engagement' })).toBeTruthy();
  });

  it('renders a title with markup as plain text', async () => {
    ready();
    const evil = '<img src=x onerror=alert(1)>';
    mockCommands({ ...readyApp(), list_engagements: () => [{ ...summaries()[2], title: evil }] });
    const { container } = render(Engagements);

    expect((await screen.findByRole('link', { name: evil })).textContent).toBe(evil);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('New engagement form', () => {
  it('has the labelled fields, and the Mandate only for the Special Procedures', async () => {
    ready();
    mockCommands(readyApp());
    render(NewEngagement);

    for (const label of ['Mechanism', 'Title', 'State under review', 'Session or call', 'Stage', 'Notes']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    const mechanism = screen.getByLabelText('Mechanism') as HTMLSelectElement;
    expect([...mechanism.options].map((o) => o.textContent)).toContain('UPR — Universal Periodic Review');
    expect(screen.queryByLabelText('Mandate')).toBeNull();

    await fireEvent.change(mechanism, { target: { value: 'SP' } });
    const mandate = (await screen.findByLabelText('Mandate')) as HTMLSelectElement;
    await screen.findByRole('option', { name: 'Special Rapporteur on adequate housing' });
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(mandate).toBeTruthy();
  });

  it("shows the core's message next to Title when it is empty, and keeps what was typed", async () => {
    ready();
    const calls = mockCommands({
      ...readyApp(),
      create_engagement: (args) => {
        const input = args.input as { title: string };
        if (input.title.trim() === '') {
          throw { kind: 'invalid', message: 'The title cannot be empty. Give it a short name.', field: 'title' };
        }
        return engagement({ id: 7 });
      },
    });
    render(NewEngagement);

    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'CESCR' } });
    await fireEvent.input(screen.getByLabelText('State under review'), { target: { value: 'Exampleland' } });
    await fireEvent.input(screen.getByLabelText('Session or call'), { target: { value: 'Session 78' } });
    await fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'drafting' } });
    await fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'Ask housing first.' } });
    // What a screen reader reads when the focus lands on Title: its state and its description
    // at that moment (focused before the message was drawn, it was read with its hint only).
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    let heard: { invalid: string | null; description: string } | null = null;
    title.addEventListener('focus', () => {
      const ids = (title.getAttribute('aria-describedby') ?? '').split(' ');
      heard = {
        invalid: title.getAttribute('aria-invalid'),
        description: ids.map((i) => document.getElementById(i)?.textContent?.trim() ?? '').join(' '),
      };
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const message = await screen.findByText('The title cannot be empty. Give it a short name.');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(heard).toEqual({ invalid: 'true', description: expect.stringContaining('The title cannot be empty.') });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect((title.getAttribute('aria-describedby') ?? '').split(' ')).toContain(message.closest('p')?.id);
    expect(screen.queryByRole('alert')).toBeNull();

    expect((screen.getByLabelText('Mechanism') as HTMLSelectElement).value).toBe('CESCR');
    expect((screen.getByLabelText('State under review') as HTMLInputElement).value).toBe('Exampleland');
    expect((screen.getByLabelText('Session or call') as HTMLInputElement).value).toBe('Session 78');
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('drafting');
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Ask housing first.');

    expect(callsOf(calls, 'create_engagement')[0]?.args).toEqual({
      input: {
        mechanism: 'CESCR',
        title: '',
        state_under_review: 'Exampleland',
        session: 'Session 78',
        mandate: '',
        stage: 'drafting',
        notes: 'Ask housing first.',
      },
    });

    // Fixed: it saves and the engagement's own screen opens.
    await fireEvent.input(title, { target: { value: 'CESCR review of Exampleland' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/engagements/7'));
  });

  it('shows an error that is not about one field in an alert', async () => {
    ready();
    mockCommands({
      ...readyApp(),
      create_engagement: () => {
        throw { kind: 'database', message: 'The database reported an error: database is locked', field: null };
      },
    });
    render(NewEngagement);

    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'UPR' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('database is locked');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('UPR');
  });
});

