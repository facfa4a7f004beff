// Moving to another computer, as an officer does it: Settings → "Export workspace…" saves the
// whole workspace to one file (the native save dialog answered with the keyboard), then
// "Import workspace…" asks first, backs up, and takes the file back in; a workspace file
// double-clicked in the file manager is asked about before anything happens. Every state —
// the exported file's message with its personal-data warning, the question, the imported
// message, the double-click question — is audited by axe, in English and in Arabic.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { cli } from '../cli.mjs';
import { withApp } from '../harness.mjs';
import { answerOpenDialog, answerSaveDialog } from '../keyboard.mjs';
import { button, link, seeText, showsText } from '../ui.mjs';
import { piece, words } from '../words.mjs';

const TIMEOUT = { timeout: 300_000 };

for (const [language, env] of [
  ['en', {}],
  ['ar', { LANG: 'ar_EG.UTF-8' }],
]) {
  const w = words(language);

  test(`[${language}] Settings: the workspace is exported to one file, then imported after a question`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        // The name the dialog proposes ends in .zip, as does its filter: an officer keeps it.
        const file = join(app.tempDir, 'exampleville-workspace.zip');
        await (await button(app, w('welcome.demo'))).click();
        await (await link(app, w('nav.settings'))).click();
        await (await button(app, w('move.export'))).click();
        await answerSaveDialog(w('dialog.export_workspace'), file);
        await seeText(app, w('move.personal'), 30_000);
        assert.ok(existsSync(file), `the workspace file was written: ${file}`);
        const audit = axeAudit(app);
        await audit.check(`[${language}] the exported workspace with its personal-data warning`);

        await (await button(app, w('move.import'))).click();
        await seeText(app, w('move.import_question'));
        await audit.check(`[${language}] the question before a workspace import`);
        // Cancel changes nothing: no question, no import.
        await (await button(app, w('common.cancel'))).click();
        assert.equal(await showsText(app, w('move.import_question')), false, 'the question closed');

        await (await button(app, w('move.import'))).click();
        await (await button(app, w('move.import_confirm'))).click();
        await answerOpenDialog(w('dialog.import_workspace'), file);
        const message = await seeText(app, piece(w, 'move.imported', ['from', 'when', 'version', 'engagements', 'submissions', 'recommendations']), 30_000);
        // The same paragraph says where the data that was here went.
        assert.ok((await message.getText()).includes(w('move.imported_backup')), `the backup is named: ${await message.getText()}`);
        await audit.check(`[${language}] the imported workspace's message`);
        audit.assertNone();
        // The data that was here is kept as a backup beside the database.
        const backups = join(app.tempDir, 'backups');
        const kept = existsSync(backups) ? readdirSync(backups).filter((f) => f.endsWith('.sqlite3')) : [];
        assert.ok(kept.length >= 1, `a backup of the workspace before the import in ${backups}: ${kept}`);
      },
      { env },
    );
  });

  test(`[${language}] a double-clicked workspace file is asked about before anything changes`, TIMEOUT, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'cityrights-move-'));
    const db = join(dir, 'old-laptop.sqlite3');
    const file = join(dir, 'old-laptop.cityrights');
    cli(db, ['demo']);
    cli(db, ['workspace', 'export', '-o', file]);
    await withApp(
      t,
      async (app) => {
        await seeText(app, piece(w, 'launch.workspace', ['name']));
        const audit = axeAudit(app);
        await audit.check(`[${language}] the question about a double-clicked workspace file`);
        await (await button(app, w('launch.import'))).click();
        // The city of the old laptop (its name is data: the demo was made in English).
        await seeText(app, 'Exampleville (demo)', 30_000);
        await audit.check(`[${language}] the dashboard of the imported workspace`);
        audit.assertNone();
      },
      { env, args: [file] },
    );
  });
}
