// Entry point: asks the core which language to speak, then mounts the app into #app.
import { mount } from 'svelte';
import Root from './Root.svelte';
import { interfaceLanguage } from './lib/commands';
import { setLanguage } from './lib/i18n';
import { installDateKeys } from './lib/kit/dateKeys';
import './app.css';

const target = document.getElementById('app');
if (!target) {
  // index.html and this file ship together; reaching this means the page itself is broken.
  throw new Error('CityRights: the page has no #app element to mount into.');
}

// Space, Alt+Down and F4 open a date field's calendar (WebKitGTK's date fields take no typed
// digits: see lib/kit/dateKeys.ts).
installDateKeys(document);

async function start(into: HTMLElement) {
  try {
    // Chosen in Settings on this computer, else the system's language, else English.
    await setLanguage((await interfaceLanguage()).effective);
  } catch {
    // The app still opens, in English, and the start screen says what went wrong if anything.
  }
  return mount(Root, { target: into });
}

export default start(target);
