// How every dialog of the kit (Modal, ConfirmDialog, ChoiceDialog) follows its state: a native
// modal <dialog>, shown while open (focus inside, as the dialog chooses), closed when not, and
// the focus given back to where it was once it has closed.

/**
 * Keeps `dialog()` shown as a modal while `isOpen()` is true, running `focus` each time it
 * opens. Returns what the dialog's `close` event calls to give the focus back. Call it while
 * the component initialises (it sets up an effect).
 */
export function modalWhile(
  dialog: () => HTMLDialogElement | undefined,
  isOpen: () => boolean,
  focus: (dialog: HTMLDialogElement) => void,
): () => void {
  let returnFocus: HTMLElement | null = null;
  $effect(() => {
    const d = dialog();
    if (!d) return;
    const open = isOpen();
    if (open && !d.open) {
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      focus(d);
    } else if (!open && d.open) {
      d.close();
    }
  });
  return () => {
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    returnFocus = null;
  };
}
