// The guidance panel of a section links to the Library entries the core gives for it ("See in
// the Library: A/HRC/30/49 — …"), each opening the Library at that entry; unverified ones say so.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { section, stats, submissionDetail, views } from '../../test/drafting-fixtures';
import { libraryEntry } from '../../test/library-fixtures';
import { session } from '../session.svelte';
import Submission from '../drafting/Submission.svelte';

const report = libraryEntry();

const guide = libraryEntry({
  id: 'vlr-guidelines-2020',
  symbol: null,
  title: 'Guidelines for Voluntary Local Reviews, Volume 1',
  kind: 'guide',
  verified: false,
  caveat: 'The date was not checked.',
});

describe('Guidance links to the Library', () => {
  it('lists the entries of a section as links that open the Library at each one', async () => {
    session.status = readyStatus();
    session.mechanisms = mechanisms;
    const [first, second] = views();
    const detail = submissionDetail({ sections: [{ ...first!, library: [report, guide] }, second!] });
    mockCommands({
      ...readyApp(),
      get_submission: () => detail,
      count_content: () => ({ body_words: 0, footnote_words: 0, paragraphs: 0, footnotes: 0 }),
      count_submission: () => stats(),
      save_section: () => ({ section: section(), stats: stats(), compliance: [] }),
    });
    render(Submission, { id: 7 });

    await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    const panels = screen.getAllByText('Guidance for this section').map((s) => s.closest('details') as HTMLElement);
    const [withLinks, withoutLinks] = panels;
    expect(within(withLinks!).getByText('See in the Library:')).toBeTruthy();
    const link = within(withLinks!).getByRole('link', { name: 'A/HRC/30/49 — Role of local government in the promotion and protection of human rights' });
    expect(link.getAttribute('href')).toBe('#/library?entry=a-hrc-30-49');
    const guideLink = within(withLinks!).getByRole('link', { name: 'Guidelines for Voluntary Local Reviews, Volume 1' });
    expect(guideLink.getAttribute('href')).toBe('#/library?entry=vlr-guidelines-2020');
    expect(guideLink.closest('li')?.textContent).toContain('(Not verified)');
    expect(link.closest('li')?.textContent).not.toContain('Not verified');
    // A section without entries shows no such line.
    expect(within(withoutLinks!).queryByText('See in the Library:')).toBeNull();
  });
});
