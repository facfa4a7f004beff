// The interface's current language, as reactive state: the root component re-draws the app
// when it changes (see ../../Root.svelte), so every screen speaks the new language at once.
export const language = $state({ code: 'en' });

/**
 * Set when the change came from the language menu, which the redraw replaces: the new menu
 * takes the focus back, so that a keyboard or screen-reader user stays where they were. A
 * plain object, not state: the menu being replaced must not react to it.
 */
export const focusAfterRedraw = { languageMenu: false };
