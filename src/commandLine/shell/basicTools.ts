// Shell builtins and trivial programs.
import { fail, ok } from '../../core/lab/output';
import type { ShellTool } from './context';

export const trueTool: ShellTool = () => ok();

/** `sleep N` moves the lab's clock on, so waits (healthchecks, uptimes) can be watched. */
export const sleepTool: ShellTool = (sh, argv) => {
  const seconds = Number((argv[1] ?? '').replace(/s$/, ''));
  if (!Number.isFinite(seconds) || seconds < 0) return fail(`sleep: invalid number '${argv[1] ?? ''}'\n`);
  sh.lab.tick(Math.ceil(seconds));
  return ok();
};
export const falseTool: ShellTool = () => fail('', 1);
