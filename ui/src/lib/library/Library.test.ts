// The Library screen: documents grouped by kind with why they matter, dates as precisely as
// known, unverified ones marked in words, a filter, newest first, and "Open the document"
// asking Rust to open the entry by its id (never by an address the page gives).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../../test/setup';
import { libraryEntry as entry } from '../../test/library-fixtures';
import type { LibraryEntry } from '../bindings/LibraryEntry';
import Library from './Library.svelte';

// In the core's order: by kind, oldest first.
const entries = (): LibraryEntry[] => [
  entry({
    id: 'a-hrc-res-24-2',
    symbol: 'A/HRC/RES/24/2',
    title: 'Local government and human rights (Human Rights Council resolution 24/2)',
    author: 'Human Rights Council',
    date: '2013-09-26',
    kind: 'resolution',
    summary: 'The Council’s first resolution on local government.',
    url: 'https://undocs.org/A/HRC/RES/24/2',
  }),
  entry({
    id: 'a-hrc-res-57-12',
    symbol: 'A/HRC/RES/57/12',
    title: 'Local government and human rights (Human Rights Council resolution 57/12)',
    author: 'Human Rights Council',
    date: '2024',
    kind: 'resolution',
    summary: 'Asks for better engagement of local governments with the mechanisms.',
    url: 'https://undocs.org/A/HRC/RES/57/12',
    verified: false,
    caveat: 'The exact date of adoption was not checked.',
  }),
  entry({ id: 'a-hrc-28-62', symbol: 'A/HRC/28/62', title: 'Report of the Special Rapporteur on adequate housing', date: '2014-12-22', summary: 'Local governments and the right to adequate housing.' }),
  entry({}),
  entry({
    id: 'nmirf-practical-guide-2016',
    symbol: null,
    title: 'National Mechanisms for Reporting and Follow-up: A Practical Guide',
    author: 'OHCHR',
    date: '2016-05',
    kind: 'guide',
    summary: 'The national body that prepares reports and follows up recommendations.',
    url: null,
  }),
];

function setup(props: { entry?: string | null } = {}, handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const calls = mockCommands({ list_library: () => entries(), open_library_entry: () => null, ...handlers });
  render(Library, props);
  return calls;
}

const articles = () => screen.queryAllByTestId('library-entry');
/** The text a person reads, with the markup's line breaks as single spaces. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('Library', () => {
  it('groups the entries by kind, each with its symbol, title, date, author and why it matters', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Library' })).toBeTruthy();
    await screen.findAllByTestId('library-entry');
    const resolutions = screen.getByRole('region', { name: 'Resolutions of the Human Rights Council' });
    expect(within(resolutions).getAllByTestId('library-entry')).toHaveLength(2);
    const reports = screen.getByRole('region', { name: 'Reports' });
    expect(within(reports).getAllByTestId('library-entry')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Guides' })).toBeTruthy();

    const report = screen.getByRole('article', { name: /A\/HRC\/30\/49/ });
    expect(text(report)).toContain('Role of local government in the promotion and protection of human rights');
    expect(text(report)).toContain('7 August 2015');
    expect(text(report)).toContain('Human Rights Council Advisory Committee');
    expect(text(report)).toContain('Why it matters to a city: Sets out the shared and complementary duties');
    expect(text(report)).toContain('Address: https://undocs.org/A/HRC/30/49');
    expect(text(report)).toContain('Checked against A/HRC/30/49 (cover page), on Sun 6 Dec 2026.');
    expect(text(report)).not.toContain('Not verified');
    // A date known to the month or the year is written as precisely as it is known.
    expect(text(screen.getByRole('article', { name: /A\/HRC\/RES\/57\/12/ }))).toContain(' 2024 ');
    expect(text(screen.getByRole('article', { name: /Practical Guide/ }))).toContain('May 2016');
  });

  it('marks an entry that is not verified, in plain words with what was not checked', async () => {
    setup();
    const unverified = await screen.findByRole('article', { name: /A\/HRC\/RES\/57\/12/ });
    expect(text(unverified)).toContain('Not verified');
    expect(text(unverified)).toContain('Check it before you cite it: The exact date of adoption was not checked.');
    expect(articles().filter((a) => a.textContent?.includes('Not verified'))).toHaveLength(1);
  });

  it('filters by words of the symbol, title or summary, and says how many are shown', async () => {
    setup();
    await screen.findAllByTestId('library-entry');
    const filter = screen.getByRole('searchbox', { name: 'Find in the Library' });
    await fireEvent.input(filter, { target: { value: '30/49' } });
    expect(articles()).toHaveLength(1);
    expect(text(screen.getByRole('status'))).toContain('Showing 1 of 5 entries.');
    await fireEvent.input(filter, { target: { value: 'HOUSING local' } });
    expect(articles().map((a) => a.id)).toEqual(['library-a-hrc-28-62']);
    await fireEvent.input(filter, { target: { value: 'sewers' } });
    expect(articles()).toHaveLength(0);
    expect(text(screen.getByRole('status'))).toContain('No entry matches “sewers”.');
  });

  it('orders newest first on request, without the kind headings', async () => {
    setup();
    await screen.findAllByTestId('library-entry');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: 'newest' } });
    expect(articles().map((a) => a.id)).toEqual([
      'library-a-hrc-res-57-12',
      'library-nmirf-practical-guide-2016',
      'library-a-hrc-30-49',
      'library-a-hrc-28-62',
      'library-a-hrc-res-24-2',
    ]);
    expect(screen.queryByRole('region', { name: 'Reports' })).toBeNull();
  });

  it('opens a document by sending only the entry’s id to Rust; a failure is shown in plain words', async () => {
    const calls = setup(
      {},
      {
        open_library_entry: (args) => {
          if (args.id === 'a-hrc-res-24-2') throw { kind: 'refused', message: 'No web browser could open https://undocs.org/A/HRC/RES/24/2.', field: null };
          return null;
        },
      },
    );
    await fireEvent.click(await screen.findByRole('button', { name: 'Open the document: A/HRC/30/49' }));
    await waitFor(() => expect(callsOf(calls, 'open_library_entry')).toHaveLength(1));
    expect(callsOf(calls, 'open_library_entry')[0]?.args).toEqual({ id: 'a-hrc-30-49' });

    await fireEvent.click(screen.getByRole('button', { name: 'Open the document: A/HRC/RES/24/2' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No web browser could open');
    // An entry without an address says how to find it instead of offering a button.
    const guide = screen.getByRole('article', { name: /Practical Guide/ });
    expect(within(guide).queryByRole('button')).toBeNull();
    expect(text(guide)).toContain('No address is known');
  });

  it('opens at the entry a guidance link names, marked and focused', async () => {
    setup({ entry: 'a-hrc-30-49' });
    const target = await screen.findByRole('article', { name: /A\/HRC\/30\/49/ });
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.classList.contains('target')).toBe(true);
    expect(screen.getByRole('article', { name: /A\/HRC\/28\/62/ }).classList.contains('target')).toBe(false);
  });

  it('shows the core’s message when the Library cannot be read', async () => {
    setup({}, { list_library: () => { throw { kind: 'internal', message: 'The built-in Library is damaged.', field: null }; } });
    expect((await screen.findByRole('alert')).textContent).toContain('The built-in Library is damaged.');
  });
});
