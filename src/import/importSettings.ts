import * as vscode from 'vscode';
import type { ImportLimits } from '../core/import/importLimits';
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

/** `rareEarthNotes.import.*` limits; values that are missing or not positive numbers fall back to their defaults in core. */
export function importLimits(workspaceFolder: vscode.WorkspaceFolder): Partial<ImportLimits> {
  const settings = vscode.workspace.getConfiguration('rareEarthNotes.import', workspaceFolder);
  return {
    maxFileMB: settings.get<number>('maxFileMB'),
    maxArticles: settings.get<number>('maxArticles'),
    maxArticleMB: settings.get<number>('maxArticleMB'),
  };
}

export interface NetworkSettings {
  timeoutMs: number;
  maxResponseBytes: number;
  maxPages: number;
}

/** `rareEarthNotes.import.timeoutSeconds`, `maxResponseMB` and `maxPages`, for URL import. */
export function networkSettings(): NetworkSettings {
  const settings = vscode.workspace.getConfiguration('rareEarthNotes.import');
  const positive = (key: string, fallback: number) => {
    const value = settings.get<number>(key);
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    timeoutMs: positive('timeoutSeconds', 30) * 1000,
    maxResponseBytes: Math.floor(positive('maxResponseMB', 25) * 1024 * 1024),
    maxPages: Math.floor(positive('maxPages', 100)),
  };
}
