// Highlighting in VS Code's Markdown preview: hands the built-in Markdown extension our markdown-it
// plugin (through `extendMarkdownIt`, returned from activate) and keeps it in step with the
// `rareEarthNotes.preview.highlight` setting.
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { features } from '../lazyFeatures';

const SECTION = 'rareEarthNotes';
const SETTING = 'preview.highlight';
const MARKDOWN_EXTENSION_ID = 'vscode.markdown-language-features';

export interface PreviewHighlight {
  /** What activate() returns as `extendMarkdownIt` for `contributes["markdown.markdownItPlugins"]`. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  disposable: vscode.Disposable;
}

export function registerPreviewHighlight(): PreviewHighlight {
  // The preview parses on every keystroke: read the setting once per change, not once per parse.
  // The preview's parser has no document at hand, so the setting is window-wide.
  let enabled = readEnabled();
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(`${SECTION}.${SETTING}`)) return;
    const now = readEnabled();
    if (now === enabled) return;
    enabled = now;
    void refreshPreviews();
  });
  return {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt {
      features().markdownItHighlight(md, { enabled: () => enabled });
      return md;
    },
    disposable: listener,
  };
}

function readEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(SETTING, true) !== false;
}

/**
 * Re-renders open previews: `markdown.preview.refresh` also drops the Markdown extension's cached
 * tokens, which were parsed with the old setting. When that extension is not active no preview is
 * open, and running its command would only activate it for nothing.
 */
async function refreshPreviews(): Promise<void> {
  if (!vscode.extensions.getExtension(MARKDOWN_EXTENSION_ID)?.isActive) return;
  try {
    await vscode.commands.executeCommand('markdown.preview.refresh');
  } catch {
    // The command is the built-in extension's; if it ever goes, previews catch up on their next edit.
  }
}
