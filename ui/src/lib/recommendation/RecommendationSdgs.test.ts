// A recommendation's SDGs in its detail: the goals its source gave, the targets linked, and
// linking or unlinking one through the core (whose refusal is shown in its words).
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import type { RecommendationSdgLinks } from '../bindings/RecommendationSdgLinks';
import RecommendationSdgs from './RecommendationSdgs.svelte';

const choices = [
  { code: '1.1', goal: 1, title: 'Eradicate extreme poverty' },
  { code: '6.1', goal: 6, title: 'Safe drinking water' },
  { code: '11.1', goal: 11, title: 'Adequate, safe and affordable housing' },
];
const title = (code: string) => choices.find((c) => c.code === code)?.title ?? '';

describe('RecommendationSdgs', () => {
  it('shows the goals, offers the own goals’ targets first, links and unlinks through the core', async () => {
    let links: RecommendationSdgLinks = { id: 7, sdg_goals: [11], sdg_targets: [] };
    const calls = mockCommands({
      recommendation_sdgs: () => links,
      sdg_target_choices: () => choices,
      link_sdg_targets: (args) => {
        const targets = args.targets as string[];
        links = { ...links, sdg_targets: targets.map((code) => ({ code, goal: Number(code.split('.')[0]), title: title(code) })) };
        return links;
      },
    });
    render(RecommendationSdgs, { id: 7 });
    expect((await screen.findByTestId('sdg-goals')).textContent?.trim()).toBe('SDG 11');
    const select = screen.getByLabelText('Link an SDG target') as HTMLSelectElement;
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['SDG 11', 'SDG 1', 'SDG 6']);
    await fireEvent.change(select, { target: { value: '11.1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    const list = await screen.findByTestId('sdg-targets');
    expect(list.textContent).toContain('11.1 Adequate, safe and affordable housing');
    expect(callsOf(calls, 'link_sdg_targets')[0]?.args).toEqual({ id: 7, targets: ['11.1'] });
    await fireEvent.click(within(list).getByRole('button', { name: 'Unlink SDG target 11.1' }));
    await waitFor(() => expect(screen.queryByTestId('sdg-targets')).toBeNull());
    expect(callsOf(calls, 'link_sdg_targets')[1]?.args).toEqual({ id: 7, targets: [] });
  });

  it('shows the core’s refusal in its words', async () => {
    mockCommands({
      recommendation_sdgs: () => ({ id: 7, sdg_goals: [], sdg_targets: [] }),
      sdg_target_choices: () => choices,
      link_sdg_targets: () => {
        throw { kind: 'invalid', message: 'There is no recommendation 7 (it may be in the bin).', field: 'recommendations' };
      },
    });
    render(RecommendationSdgs, { id: 7 });
    expect((await screen.findByTestId('sdg-goals')).textContent?.trim()).toBe('None given by the source.');
    await fireEvent.change(screen.getByLabelText('Link an SDG target'), { target: { value: '6.1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(await screen.findByText('There is no recommendation 7 (it may be in the bin).')).toBeTruthy();
  });
});
