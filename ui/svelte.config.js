// Svelte compiler options shared by Vite, Vitest and svelte-check.
// vitePreprocess lets components use `<script lang="ts">` with full TypeScript syntax.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
};
