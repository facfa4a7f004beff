// The interface's current language, as reactive state: the root component re-draws the app
// when it changes (see ../../Root.svelte), so every screen speaks the new language at once.
export const language = $state({ code: 'en' });
