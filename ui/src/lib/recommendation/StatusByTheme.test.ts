// The dashboard's theme chart: full theme names (never cut), each row a link to the
// recommendations of its theme, and the numbers in a table for screen readers.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { parseHash } from '../router.svelte';
import StatusByTheme from './StatusByTheme.svelte';

const LONG = 'Economic, social & cultural rights - general measures of implementation';

describe('StatusByTheme', () => {
  it('shows each theme in full and links it to its recommendations', () => {
    render(StatusByTheme, {
      rows: [
        { theme: LONG, not_started: 10, in_progress: 3, implemented: 1, not_applicable: 0, total: 14 },
        { theme: '', not_started: 2, in_progress: 0, implemented: 0, not_applicable: 0, total: 2 },
      ],
    });
    const link = screen.getByRole('link', { name: `${LONG}: 14 recommendations — show them` });
    expect(link.textContent).toBe(LONG);
    const route = parseHash(link.getAttribute('href') ?? '');
    expect(route).toEqual({ name: 'recommendations', newOnly: false, theme: LONG });
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('table').textContent).toContain(LONG);
  });

  it('reads a hand-typed address with a broken encoding as it is', () => {
    expect(parseHash('#/recommendations?theme=%E0%A4%A')).toEqual({ name: 'recommendations', newOnly: false, theme: '%E0%A4%A' });
    expect(parseHash('#/recommendations')).toEqual({ name: 'recommendations', newOnly: false, theme: '' });
  });
});
