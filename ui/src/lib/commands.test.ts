// The page calls Rust only through the typed callers that `cargo test -p cityrights-desktop`
// generates into commands.ts from the shell's commands: no component writes a command's name
// (a typo there would only be found when a user clicks). Test files' IPC mocks, which answer
// by command name, are the exception.
import { describe, expect, it } from 'vitest';
import generated from './commands.ts?raw';

const sources = import.meta.glob(
  ['../**/*.ts', '../**/*.svelte', '!../**/*.test.ts', '!../test/**', '!./bindings/**', '!./commands.ts', '!./api.ts'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

/** The command names commands.ts calls. */
const names = [...generated.matchAll(/\bcall\('([a-z_]+)'/g)].map((m) => m[1] as string);
/** Those that cannot be mistaken for another word in quotes (`dashboard` is also a route). */
const distinctive = names.filter((n) => n.includes('_'));

describe('commands', () => {
  it('the generated callers cover the shell’s commands', () => {
    expect(names.length).toBeGreaterThan(90);
    expect(names).toContain('list_backups');
    expect(Object.keys(sources).length).toBeGreaterThan(30);
  });

  it('no component calls a command by name', () => {
    const offenders: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      if (/(?<![.\w])call\s*[<(]/.test(text)) offenders.push(`${file}: call(…) — use the caller from commands.ts`);
      for (const name of distinctive) {
        if (text.includes(`'${name}'`) || text.includes(`"${name}"`)) {
          offenders.push(`${file}: '${name}' — use the caller from commands.ts`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
