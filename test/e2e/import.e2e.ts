// Importing through the UI, the way a user does it: Command Palette, the
// simple file dialog, the clipboard, and the note opening in an editor tab.
import * as fs from 'fs';
import * as path from 'path';
import type { E2ECheck } from './index';

export const checks: E2ECheck[] = [
  {
    suite: 'Import from the Command Palette',
    name: 'Import Article JSON… picks a file and opens the note',
    async run({ workbench, workspace }) {
      await workbench.runCommand('Rare Earth Notes: Import Article JSON…');
      await workbench.pickFile(path.join(workspace, 'articles', 'texas-magnets.json'));
      await workbench.waitForActiveTab(/^2025-04-02-texas-magnet/);
      await workbench.waitForEditorText(/title: *["']?Texas magnet plant starts trial production/);
    },
  },
  {
    suite: 'Import from the Command Palette',
    name: 'Import Article JSON from Clipboard opens the note',
    async run({ workbench, workspace }) {
      const json = fs.readFileSync(path.join(workspace, 'articles', 'export-controls.json'), 'utf8');
      await workbench.writeClipboard(json);
      await workbench.runCommand('Rare Earth Notes: Import Article JSON from Clipboard');
      await workbench.waitForActiveTab(/^2025-05-20-beijing/);
      await workbench.waitForEditorText(/title: *["']?Beijing widens export licensing to medium rare earths/);
    },
  },
];
