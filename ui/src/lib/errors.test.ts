// After a refused save, the focus goes to the input the core's message is about (so that a
// screen reader reads it with its message), inside the open dialog when there is one.
import { afterEach, describe, expect, it } from 'vitest';
import { focusInvalid, noErrors } from './errors';

afterEach(() => document.body.replaceChildren());

function page(html: string) {
  document.body.innerHTML = html;
  (document.getElementById('save') as HTMLButtonElement).focus();
}

describe('focusInvalid', () => {
  it('takes the focus to the first invalid input', async () => {
    page('<form><input id="a"><input id="b" aria-invalid="true"><input id="c" aria-invalid="true"><button id="save">Save</button></form>');
    await focusInvalid({ fields: { b: 'Enter a name.' }, alert: null });
    expect(document.activeElement?.id).toBe('b');
  });

  it('looks inside the open dialog, not behind it', async () => {
    page('<input id="behind" aria-invalid="true"><dialog open><input id="inside" aria-invalid="true"><button id="save">Save</button></dialog>');
    await focusInvalid({ fields: { x: 'Refused.' }, alert: null });
    expect(document.activeElement?.id).toBe('inside');
  });

  it('stays in the form it is given, where two forms show errors at once (also inside a dialog)', async () => {
    page(
      '<dialog open><form id="rename"><input id="renamed" aria-invalid="true"></form><form id="add"><input id="added" aria-invalid="true"><button id="save">Add</button></form></dialog>',
    );
    await focusInvalid({ fields: { name: 'This name is taken.' }, alert: null }, document.getElementById('add'));
    expect(document.activeElement?.id).toBe('added');
  });

  it('leaves the focus alone when the message is not about an input (it goes to the alert)', async () => {
    page('<input id="a" aria-invalid="true"><button id="save">Save</button>');
    await focusInvalid({ ...noErrors(), alert: 'The database is read-only.' });
    expect(document.activeElement?.id).toBe('save');
  });
});
