// The keyboard's way into a date field's calendar (dateKeys.ts): which keys open it, on which
// fields, and that the page does not scroll or submit instead.
import { describe, expect, it, vi } from 'vitest';
import { DATE_CALENDAR_KEYS, installDateKeys, opensCalendar } from './dateKeys';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the keys that open a date field’s calendar', () => {
  it('are Space, Alt+Down and F4, and nothing else', () => {
    expect(opensCalendar(key(' '))).toBe(true);
    expect(opensCalendar(key('ArrowDown', { altKey: true }))).toBe(true);
    expect(opensCalendar(key('F4'))).toBe(true);
    for (const other of [key('Enter'), key('ArrowDown'), key('F4', { altKey: true }), key(' ', { ctrlKey: true }), key(' ', { shiftKey: true }), key('5'), key('Tab')]) {
      expect(opensCalendar(other), JSON.stringify(other)).toBe(false);
    }
  });
});

describe('installDateKeys', () => {
  installDateKeys(document);

  function field(type: string, attrs: Record<string, string> = {}) {
    const el = document.createElement('input');
    el.type = type;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.appendChild(el);
    const picker = vi.fn();
    Object.defineProperty(el, 'showPicker', { value: picker, configurable: true });
    return { el, picker };
  }

  const press = (el: HTMLElement, k: string, mods = {}) => {
    const e = new KeyboardEvent('keydown', { ...key(k, mods), bubbles: true, cancelable: true });
    el.dispatchEvent(e);
    return e;
  };

  it('opens the calendar of a date field on Space, without scrolling the page', () => {
    const { el, picker } = field('date');
    const e = press(el, ' ');
    expect(picker).toHaveBeenCalledTimes(1);
    expect(e.defaultPrevented).toBe(true);
    press(el, 'ArrowDown', { altKey: true });
    press(el, 'F4');
    expect(picker).toHaveBeenCalledTimes(3);
  });

  it('leaves Enter, digits, other fields and read-only dates alone', () => {
    const { el, picker } = field('date');
    expect(press(el, 'Enter').defaultPrevented).toBe(false);
    press(el, '7');
    const text = field('text');
    expect(press(text.el, ' ').defaultPrevented).toBe(false);
    const locked = field('date', { readonly: '' });
    press(locked.el, ' ');
    expect(picker).not.toHaveBeenCalled();
    expect(text.picker).not.toHaveBeenCalled();
    expect(locked.picker).not.toHaveBeenCalled();
  });

  it('names its keys to screen readers when a date field takes the focus', () => {
    const { el } = field('date');
    el.dispatchEvent(new FocusEvent('focus'));
    expect(el.getAttribute('aria-keyshortcuts')).toBe(DATE_CALENDAR_KEYS);
    const text = field('text');
    text.el.dispatchEvent(new FocusEvent('focus'));
    expect(text.el.hasAttribute('aria-keyshortcuts')).toBe(false);
  });

  it('does not fail when the web view refuses to show a calendar', () => {
    const { el } = field('date');
    Object.defineProperty(el, 'showPicker', {
      value: () => {
        throw new DOMException('not allowed', 'NotAllowedError');
      },
    });
    expect(() => press(el, ' ')).not.toThrow();
  });
});
