// Settings → Citations: each style shown on the core's example sentence, the one in use
// checked, and a new choice saved at once.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../../test/setup';
import type { CitationSettings } from '../bindings/CitationSettings';
import type { CitationStyle as Style } from '../bindings/CitationStyle';
import CitationStyle from './CitationStyle.svelte';

// As the core sends them (settings::citation_settings, document::citation::example).
const settings = (style: Style): CitationSettings => ({
  style,
  examples: [
    {
      style: 'parenthetical',
      text: 'The city connected 1,200 homes to the water supply in 2025 (A/HRC/59/15, para. 140.212).',
      footnote: null,
    },
    { style: 'footnote', text: 'The city connected 1,200 homes to the water supply in 2025.¹', footnote: '¹ A/HRC/59/15, para. 140.212.' },
  ],
});

describe('Settings → Citations', () => {
  it('shows each style on the example sentence, with the style in use checked', async () => {
    mockCommands({ citation_settings: () => settings('parenthetical') });
    render(CitationStyle);
    const region = screen.getByRole('region', { name: 'Citations' });
    const brackets = (await within(region).findByRole('radio', { name: /In brackets, before the sentence’s full stop/ })) as HTMLInputElement;
    const note = within(region).getByRole('radio', { name: /In a footnote, after the sentence’s full stop/ }) as HTMLInputElement;
    expect(brackets.checked).toBe(true);
    expect(note.checked).toBe(false);
    expect(region.textContent).toContain('in 2025 (A/HRC/59/15, para. 140.212).');
    expect(region.textContent).toContain('¹ A/HRC/59/15, para. 140.212.');
  });

  it('saves a new choice at once and says so', async () => {
    const calls = mockCommands({
      citation_settings: () => settings('parenthetical'),
      set_citation_style: (args) => settings(args.style as Style),
    });
    render(CitationStyle);
    await fireEvent.click(await screen.findByRole('radio', { name: /In a footnote/ }));
    expect(callsOf(calls, 'set_citation_style')[0]?.args).toEqual({ style: 'footnote' });
    expect((await screen.findByText('Saved. Citations added from now on are written this way.')).getAttribute('role')).toBe('status');
    expect((screen.getByRole('radio', { name: /In a footnote/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("shows the core's message when the settings cannot be read", async () => {
    mockCommands({
      citation_settings: () => {
        throw { kind: 'damaged', message: 'The settings file /data/settings.json cannot be read (EOF).', field: null };
      },
    });
    render(CitationStyle);
    expect((await screen.findByRole('alert')).textContent).toContain('cannot be read');
  });
});
