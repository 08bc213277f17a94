import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, COMMANDS, EXTENSION_ID } from './helpers';

suite('Extension', () => {
  test('is installed and activates', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.id, EXTENSION_ID);
    assert.ok(extension.isActive);
  });

  test('registers its import commands', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const command of Object.values(COMMANDS)) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });
});
