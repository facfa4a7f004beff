// The UI kit: the loading/error/empty pattern, the data table, the labelled field and the
// confirm-dialog helper, each small and accessible.
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import '../../test/setup';
import { ApiError } from '../api';
import ConfirmDialog from './ConfirmDialog.svelte';
import DataTable from './DataTable.svelte';
import Field from './Field.svelte';
import Loadable from './Loadable.svelte';
import PageHead from './PageHead.svelte';
import { Confirmation } from './confirm.svelte';

const text = (s: string) => createRawSnippet(() => ({ render: () => `<p>${s}</p>` }));
const list = createRawSnippet((items: () => string[]) => ({ render: () => `<ul><li>${items().join('</li><li>')}</li></ul>` }));

describe('Loadable', () => {
  it('says it is loading until the value comes', () => {
    render(Loadable<string[]>, { value: null, emptyText: 'Nothing yet.', children: list });
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('shows no loading line when the failure is shown elsewhere', () => {
    const { container } = render(Loadable<string[]>, { value: null, failed: true, children: list });
    expect(container.textContent?.trim()).toBe('');
  });

  it('shows the core’s message in place of the content, as an alert', () => {
    render(Loadable<string[]>, { value: ['a'], error: 'The file is locked.', children: list });
    expect(screen.getByRole('alert').textContent).toContain('The file is locked.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the empty state for an empty list, as text or as a snippet', () => {
    const { unmount } = render(Loadable<string[]>, { value: [], emptyText: 'Nothing yet.', flush: true, children: list });
    const p = screen.getByText('Nothing yet.');
    expect(p.classList.contains('empty-state')).toBe(true);
    unmount();
    render(Loadable<string[]>, { value: [], emptyState: text('Add one first.'), children: list });
    expect(screen.getByText('Add one first.')).toBeTruthy();
  });

  it('renders the content with the loaded value', () => {
    render(Loadable<string[]>, { value: ['one', 'two'], emptyText: 'Nothing yet.', children: list });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two']);
  });

  it('takes an explicit empty flag for values that are not lists', () => {
    const count = createRawSnippet((v: () => { n: number }) => ({ render: () => `<p>${v().n}</p>` }));
    render(Loadable<{ n: number }>, { value: { n: 0 }, empty: true, emptyText: 'None.', children: count });
    expect(screen.getByText('None.')).toBeTruthy();
  });
});

describe('DataTable', () => {
  const row = createRawSnippet((item: () => { name: string; size: number }) => ({
    render: () => `<tr data-testid="row"><td>${item().name}</td><td>${item().size}</td><td><button>Open</button></td></tr>`,
  }));

  it('has column headers, a hidden label for the buttons’ column and one row per item', () => {
    render(DataTable<{ name: string; size: number }>, {
      columns: [{ label: 'Name' }, { label: 'Size', right: true }, { label: 'Actions', hidden: true }],
      rows: [
        { name: 'a', size: 1 },
        { name: 'b', size: 2 },
      ],
      key: (r) => r.name,
      row,
    });
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.trim())).toEqual(['Name', 'Size', 'Actions']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[2]?.querySelector('.visually-hidden')).toBeTruthy();
    expect(screen.getAllByTestId('row')).toHaveLength(2);
    expect(screen.getByRole('table').closest('.table-wrap')).toBeTruthy();
  });

  it('takes an accessible name when asked', () => {
    render(DataTable<string>, { columns: [{ label: 'X' }], rows: [], key: (r) => r, row: text(''), label: 'Backups' });
    expect(screen.getByRole('table', { name: 'Backups' })).toBeTruthy();
  });
});

describe('Field', () => {
  const input = createRawSnippet((a: () => { id: string; describedby: string | undefined; invalid: 'true' | undefined }) => ({
    render: () =>
      `<input id="${a().id}"${a().describedby ? ` aria-describedby="${a().describedby}"` : ''}${a().invalid ? ` aria-invalid="${a().invalid}"` : ''} />`,
  }));

  it('ties the label to the input', () => {
    render(Field, { id: 'f-name', label: 'Name', children: input });
    const box = screen.getByLabelText('Name');
    expect(box.id).toBe('f-name');
    expect(box.getAttribute('aria-describedby')).toBeNull();
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });

  it('points to the message first, then the optional tag and the hint', () => {
    render(Field, {
      id: 'f-mail',
      label: 'Email',
      optional: true,
      hint: 'Where replies go.',
      error: 'Not an email address.',
      errorId: 'f-contact_email-error',
      children: input,
    });
    const box = screen.getByLabelText('Email');
    expect(box.getAttribute('aria-describedby')).toBe('f-contact_email-error f-mail-optional f-mail-hint');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('f-contact_email-error')?.textContent).toContain('Not an email address.');
    expect(document.getElementById('f-mail-optional')?.textContent).toBe('(optional)');
    expect(document.getElementById('f-mail-hint')?.textContent).toBe('Where replies go.');
  });
});

describe('PageHead', () => {
  it('is the screen’s heading with its actions', () => {
    render(PageHead, { title: 'Bin', children: createRawSnippet(() => ({ render: () => '<button>Empty the bin</button>' })) });
    expect(screen.getByRole('heading', { level: 2, name: 'Bin' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Empty the bin' })).toBeTruthy();
  });
});

describe('Confirmation and ConfirmDialog', () => {
  it('asks, runs the action, closes and then runs what follows', async () => {
    const done: string[] = [];
    const c = new Confirmation(
      async (target: string) => (done.push(`action ${target}`), 3),
      (n, target) => void done.push(`after ${target} ${n}`),
    );
    render(ConfirmDialog, { message: 'Remove it?', confirmLabel: 'Remove', confirmation: c });
    c.ask('x');
    const dialog = await screen.findByRole('dialog', { name: 'Remove it?' });
    expect(document.activeElement?.textContent).toBe('Cancel');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(c.open).toBe(false));
    expect(done).toEqual(['action x', 'after x 3']);
    expect(c.target).toBeNull();
    expect((dialog as HTMLDialogElement).open).toBe(false);
  });

  it('keeps the dialog open with the core’s message when the action fails, and forgets it on the next question', async () => {
    const c = new Confirmation(async () => {
      throw new ApiError({ kind: 'refused', message: 'The file is read-only.', field: null });
    });
    render(ConfirmDialog, { message: 'Empty the bin?', confirmLabel: 'Delete for good', confirmation: c });
    c.ask();
    await screen.findByRole('dialog');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The file is read-only.');
    expect(c.open).toBe(true);
    expect(c.busy).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(c.open).toBe(false);
    c.ask();
    expect(c.error).toBeNull();
  });
});
