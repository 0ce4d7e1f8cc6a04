// echo as each shell has it: bash's builtin and coreutils' /bin/echo take -n, -e and -E (together,
// as in -ne) and read escapes only with -e; dash's builtin takes only -n and always reads them
// (dash src/bltin/printf.c echocmd); busybox echo is like bash's without \u (coreutils/echo.c).
import { ok } from '../../core/lab/output';
import type { ShellTool } from './context';
import { type EscapeFlavour, unescape } from './backslashEscapes';
import { echoFlavour } from './shellKind';

export const echoTool: ShellTool = (sh, argv) => {
  const flavour: EscapeFlavour = echoFlavour(sh);
  let i = 1;
  let newline = true;
  let escapes = flavour === 'dash';
  if (flavour === 'dash') {
    if (argv[1] === '-n') {
      newline = false;
      i = 2;
    }
  } else {
    for (; i < argv.length && /^-[neE]+$/.test(argv[i]!); i++) {
      for (const flag of argv[i]!.slice(1)) {
        if (flag === 'n') newline = false;
        else escapes = flag === 'e';
      }
    }
  }
  const words = argv.slice(i).join(' ');
  if (!escapes) return ok(newline ? `${words}\n` : words);
  const { text, stop } = unescape(words, flavour, true);
  return ok(newline && !stop ? `${text}\n` : text);
};
