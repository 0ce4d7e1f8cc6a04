// Shell builtins and trivial programs.
import { fail, ok } from '../command/output';
import type { ShellTool } from './context';

export const echoTool: ShellTool = (_sh, argv) => {
  const noNewline = argv[1] === '-n';
  const words = argv.slice(noNewline ? 2 : 1).join(' ');
  return ok(noNewline ? words : `${words}\n`);
};

export const trueTool: ShellTool = () => ok();
export const falseTool: ShellTool = () => fail('', 1);
