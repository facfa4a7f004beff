// A keyboard way into every date field's calendar.
//
// WebKitGTK, the Linux app's web view, draws <input type="date"> as month, day and year parts
// that take no typed digits (the arrow keys step each part, but an empty year starts at 0001),
// and opens its calendar only on a click: a keyboard-only officer could not give this year's
// dates in practice. Measured on WebKitGTK 2.50 under Xvfb with WebDriver's keys and with X key
// events (xdotool) alike, which type into text fields but not into date fields (Dec 2026; README
// "Accessibility" → "Dates from the keyboard"). The calendar itself
// works from the keyboard: the arrows move the day, Space picks it, Escape closes it. So Space,
// Alt+Down and F4 on a date field open it (`showPicker`, allowed because a key press is a user
// action), as a select's list opens; Enter still submits the form. The field says so to screen
// readers through `aria-keyshortcuts`. Where the web view takes typed dates (WebView2, WKWebView)
// nothing is lost: digits go to the field as before.

/** The keys that open a date field's calendar, as `aria-keyshortcuts` names them. */
export const DATE_CALENDAR_KEYS = 'Space Alt+ArrowDown F4';

/** Whether `e` is one of the keys that open a date field's calendar. */
export function opensCalendar(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  if (e.ctrlKey || e.metaKey) return false;
  if (e.key === 'F4') return !e.altKey; // Alt+F4 closes the window
  if (e.key === ' ') return !e.altKey && !e.shiftKey;
  return e.key === 'ArrowDown' && e.altKey && !e.shiftKey;
}

function dateField(target: EventTarget | null): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.type === 'date' && !target.readOnly && !target.disabled ? target : null;
}

/** Opens the calendar of the date field a key was pressed in, and names those keys on focus. */
export function installDateKeys(doc: Document): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      const field = dateField(e.target);
      if (!field || !opensCalendar(e)) return;
      e.preventDefault(); // Space would otherwise scroll the page
      try {
        field.showPicker();
      } catch {
        // A web view without a calendar (or one that refuses it here): the field stays as it is.
      }
    },
    true,
  );
  // `focus` in the capture phase, not `focusin`: WebKitGTK sends a date field that takes the
  // focus with Tab no `focusin` (its focus goes to the month part inside it).
  doc.addEventListener(
    'focus',
    (e) => {
      const field = dateField(e.target);
      if (field && !field.hasAttribute('aria-keyshortcuts')) field.setAttribute('aria-keyshortcuts', DATE_CALENDAR_KEYS);
    },
    true,
  );
}
