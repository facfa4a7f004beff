// Settings → Departments: the city's list, renamed (merging spellings), pruned and added to,
// with the core's answers shown as they are.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import type { DepartmentUse } from '../bindings/DepartmentUse';
import Departments from './Departments.svelte';

function setup(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  let list: DepartmentUse[] = [
    { id: 1, name: 'Housing department', recommendations: 12 },
    { id: 2, name: 'Housing dept.', recommendations: 3 },
    { id: 3, name: 'Parks', recommendations: 0 },
  ];
  const calls = mockCommands({
    list_departments: () => list,
    rename_department: (args) => {
      list = list.filter((d) => d.id !== args.id);
      return { old: 'Housing dept.', new: 'Housing department', merged: true, recommendations: 3 };
    },
    remove_department: (args) => {
      if (args.id === 1) throw { kind: 'refused', message: '12 recommendation(s) name “Housing department” as their responsible department, so it stays on the list.', field: null };
      list = list.filter((d) => d.id !== args.id);
      return null;
    },
    add_department: (args) => {
      if (!(args.name as string).trim()) throw { kind: 'invalid', message: 'Type the department’s name, e.g. "Housing department".', field: 'name' };
      list = [...list, { id: 4, name: args.name as string, recommendations: 0 }];
      return list.at(-1);
    },
    ...extra,
  });
  render(Departments);
  return calls;
}

describe('Departments', () => {
  it('lists each department with how many recommendations name it', async () => {
    setup();
    const rows = await screen.findAllByTestId('department-row');
    const cells = rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent?.trim()));
    expect(cells).toEqual([
      ['Housing department', '12'],
      ['Housing dept.', '3'],
      ['Parks', '0'],
    ]);
  });

  it('renames onto a name already on the list and says the two were merged', async () => {
    const calls = setup();
    const rows = await screen.findAllByTestId('department-row');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('New name for “Housing dept.”');
    await fireEvent.input(field, { target: { value: 'Housing department' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('“Housing dept.” was merged into “Housing department” (3 recommendations changed).')).toBeTruthy();
    expect(callsOf(calls, 'rename_department')[0]?.args).toEqual({ id: 2, name: 'Housing department' });
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
  });

  it('asks before removing, and shows the core’s refusal for a department still in use', async () => {
    const calls = setup();
    const rows = await screen.findAllByTestId('department-row');
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Take “Housing department” off the list of departments?');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByText(/stays on the list/)).toBeTruthy();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('department-row')).toHaveLength(3);

    await fireEvent.click(within(rows[2] as HTMLElement).getByRole('button', { name: 'Remove' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('“Parks” was taken off the list.')).toBeTruthy();
    expect(callsOf(calls, 'remove_department').map((c) => c.args)).toEqual([{ id: 1 }, { id: 3 }]);
  });

  it('adds a department, and puts the core’s message under the field', async () => {
    setup();
    await screen.findAllByTestId('department-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Add department' }));
    expect(await screen.findByText('Type the department’s name, e.g. "Housing department".')).toBeTruthy();
    expect(screen.getByLabelText('New department').getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(screen.getByLabelText('New department'), { target: { value: 'Water utility' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add department' }));
    expect(await screen.findByText('“Water utility” is on the list.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(4));
  });

  it('takes the focus to the field of the form whose save was refused, though the other form shows its error too', async () => {
    setup({
      rename_department: () => {
        throw { kind: 'invalid', message: 'Type the department’s new name.', field: 'name' };
      },
    });
    const rows = await screen.findAllByTestId('department-row');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Rename' }));
    await fireEvent.input(screen.getByLabelText('New name for “Housing dept.”'), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const renamed = screen.getByLabelText('New name for “Housing dept.”');
    await waitFor(() => expect(document.activeElement).toBe(renamed));

    await fireEvent.click(screen.getByRole('button', { name: 'Add department' }));
    const added = screen.getByLabelText('New department');
    await waitFor(() => expect(added.getAttribute('aria-invalid')).toBe('true'));
    expect(renamed.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(added));
  });
});
