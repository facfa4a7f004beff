// Entry point: mounts the app into index.html's #app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) {
  // index.html and this file ship together; reaching this means the page itself is broken.
  throw new Error('CityRights: the page has no #app element to mount into.');
}

export default mount(App, { target });
