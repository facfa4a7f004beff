/// <reference types="vitest/config" />
// Vite builds the page that the Tauri window loads from `ui/dist` (see src-tauri/tauri.conf.json);
// Vitest runs the component and IPC tests in jsdom with Tauri's IPC mocked.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // Tauri prints its own output; keep Vite's errors on screen.
  clearScreen: false,
  // The catalogue of words lives beside the core, which reads it too (assets/i18n/*.ftl).
  server: { fs: { allow: ['.', '../assets/i18n'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything is bundled and served from the app itself: the CSP allows no remote origin.
    assetsInlineLimit: 0,
    // One bundle read from the app's own files, not over a network: its size costs nothing at
    // start-up worth splitting for (the editor, calendar and tables are all on screen early).
    chunkSizeWarningLimit: 2500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
