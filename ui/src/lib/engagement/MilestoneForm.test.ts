// The milestone form's starting time zone: Geneva only for a UPR submission window (the only
// dates the UN publishes in Geneva time); the user's own zone for every other date.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus, ZONE } from '../../test/fixtures';
import { session } from '../session.svelte';
import MilestoneForm from './MilestoneForm.svelte';

function form(mechanism: string) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  mockCommands({ ...readyApp() });
  render(MilestoneForm, { engagementId: 1, mechanism, userTimeZone: ZONE, onsaved: () => {}, oncancel: () => {} });
}

async function zoneFor(kind: string): Promise<string> {
  await fireEvent.change(screen.getByLabelText('What it marks'), { target: { value: kind } });
  return (screen.getByLabelText('Time zone') as HTMLInputElement | HTMLSelectElement).value;
}

describe('MilestoneForm', () => {
  it('starts a UPR submission window in Geneva time and other UPR dates in the user’s zone', async () => {
    form('UPR');
    expect(await zoneFor('window_closes')).toBe('Europe/Zurich');
    expect(await zoneFor('session')).toBe(ZONE);
  });

  it('starts a treaty body’s deadline in the user’s zone: the UN gives it without one', async () => {
    form('CESCR');
    expect(await zoneFor('window_closes')).toBe(ZONE);
    expect(screen.getByText(/give their dates without a time zone/)).toBeTruthy();
  });
});
