// Library entries shaped like the core's answer (`list_library`, and a section's `library`).
import type { LibraryEntry } from '../lib/bindings/LibraryEntry';

/** A verified report (A/HRC/30/49), with `overrides`. */
export const libraryEntry = (overrides: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id: 'a-hrc-30-49',
  symbol: 'A/HRC/30/49',
  title: 'Role of local government in the promotion and protection of human rights',
  author: 'Human Rights Council Advisory Committee',
  date: '2015-08-07',
  kind: 'report',
  summary: 'Sets out the shared and complementary duties of States and local governments.',
  url: 'https://undocs.org/A/HRC/30/49',
  verified: true,
  caveat: null,
  source: 'A/HRC/30/49 (cover page)',
  read_on: '2026-12-06',
  ...overrides,
});
