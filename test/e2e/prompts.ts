// Answering a command's prompts as a person does, through the real quick input, for the suites.
import * as vscode from 'vscode';
import * as bridge from './bridge';

/**
 * Answers a command's prompts in order through the quick input (for a quick pick, the label typed
 * then Enter picks it), then returns what the command resolved to. Fails when the command ends
 * while prompts are still expected.
 */
export async function answerPrompts<T>(command: Thenable<T>, answers: string[]): Promise<T> {
  const outcome = Promise.resolve(command).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  try {
    for (const [i, text] of answers.entries()) {
      const submitted = bridge.quickInput.submit(text);
      const first = await Promise.race([
        submitted.then(() => 'submitted' as const),
        outcome.then(() => 'finished' as const),
      ]);
      // The last Enter can end the command before the bridge has reported back: wait for both.
      await submitted;
      if (first === 'finished' && i < answers.length - 1) {
        throw new Error(`command finished after ${i + 1} of ${answers.length} prompts`);
      }
    }
  } catch (e) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    throw e;
  }
  const final = await within(10_000, 'the command to finish after its last prompt', outcome);
  if ('error' in final) throw final.error;
  return final.value;
}

export function within<T>(ms: number, what: string, promise: Thenable<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

export interface LineOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs one line on the lab host through netlab.runCommand: its exit code and output. */
export function runLine(line: string): Thenable<LineOutput> {
  return vscode.commands.executeCommand<LineOutput>('netlab.runCommand', line);
}

/** Runs one line on the lab host and returns its stdout, trimmed. */
export async function labLine(line: string): Promise<string> {
  return (await runLine(line)).stdout.trim();
}
