import * as vscode from 'vscode';
import { DEFAULT_TAXONOMY_MAPPING, isNoteTaxonomyKey, type NoteTaxonomyKey, type TaxonomyMapping } from '../core/wordpress/taxonomyMapping';

/** The folder notes are written to, for one workspace folder (`rareEarthNotes.notesFolder`). */
export function notesFolderUri(workspaceFolder: vscode.WorkspaceFolder): vscode.Uri {
  const configured = vscode.workspace.getConfiguration('rareEarthNotes', workspaceFolder).get<string>('notesFolder', 'notes');
  const segments = configured.split(/[\\/]+/).filter((segment) => segment && segment !== '.');
  if (segments.length === 0 || segments.includes('..')) {
    throw new Error(`The setting rareEarthNotes.notesFolder ("${configured}") must be a folder inside the workspace folder, such as "notes".`);
  }
  return vscode.Uri.joinPath(workspaceFolder.uri, ...segments);
}

/**
 * `rareEarthNotes.taxonomyMapping`, ignoring entries whose target is not a note key. The most
 * specific value replaces the default rather than merging into it (as `get` would for an object),
 * so that a taxonomy left out of the user's mapping is really left out.
 */
export function taxonomyMapping(workspaceFolder: vscode.WorkspaceFolder): TaxonomyMapping {
  const inspected = vscode.workspace.getConfiguration('rareEarthNotes', workspaceFolder).inspect<Record<string, string>>('taxonomyMapping');
  const configured = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  if (!configured) return DEFAULT_TAXONOMY_MAPPING;
  const mapping: Record<string, NoteTaxonomyKey> = {};
  for (const [taxonomy, key] of Object.entries(configured)) {
    if (isNoteTaxonomyKey(key)) mapping[taxonomy] = key;
  }
  return mapping;
}
