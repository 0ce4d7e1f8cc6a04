// printf: the format reused until the arguments run out (POSIX), conversions d i o u x X c s b e
// E f g G %, flags - + space 0 #, width and precision (also `*`). Escapes in the format as each
// shell reads them; a bad number is reported, taken as 0 (or its numeric prefix) and the status
// is 1 (bash builtins/printf.def, busybox coreutils/printf.c, dash src/bltin/printf.c).
import type { Output } from '../../core/lab/output';
import type { ShellContext, ShellTool } from './context';
import { type EscapeFlavour, unescape } from './backslashEscapes';
import { bashErrorName, echoFlavour } from './shellKind';
import { BUSYBOX_BANNER } from './busyboxBanner';

/** Where the shell's messages start: bash's builtin_error prolog, dash's `sh: 1:`, busybox's applet name. */
function messagePrefix(sh: ShellContext, flavour: EscapeFlavour): string {
  if (flavour === 'busybox') return 'printf: ';
  if (flavour === 'dash') return `${sh.args?.[0] ?? 'sh'}: 1: printf: `;
  if (!sh.container) return sh.shellProgram ? `${bashErrorName(sh.args?.[0] ?? 'sh')}printf: ` : '-bash: printf: ';
  // coreutils' /bin/printf, or bash inside a container.
  if (sh.args === undefined) return 'printf: ';
  return sh.shellProgram ? `${bashErrorName(sh.args[0] ?? 'bash')}printf: ` : 'bash: printf: ';
}

function badNumber(flavour: EscapeFlavour, text: string, coreutils: boolean): string {
  if (flavour === 'busybox') return `invalid number '${text}'`;
  if (flavour === 'dash') return `${text}: expected numeric value`;
  return coreutils ? `'${text}': expected a numeric value` : `${text}: invalid number`;
}

interface Conversion {
  flags: string;
  width?: number;
  precision?: number;
  conv: string;
}

/** strtoll/strtod with C's prefixes: a leading quote is the next character's code. */
function parseNumber(text: string, float: boolean): { value: number; ok: boolean } {
  if (/^['"]/.test(text)) return { value: text.length > 1 ? text.codePointAt(1)! : 0, ok: true };
  const t = text.trim();
  if (float) {
    const m = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(t);
    return { value: m ? Number(m[0]) : 0, ok: m !== null && m[0].length === t.length };
  }
  const m = /^([-+]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)/i.exec(t);
  if (!m) return { value: 0, ok: t === '' };
  const body = m[2]!;
  const magnitude = /^0x/i.test(body) ? parseInt(body, 16) : body.startsWith('0') ? parseInt(body, 8) : Number(body);
  return { value: m[1] === '-' ? -magnitude : magnitude, ok: m[0].length === t.length };
}

function pad(text: string, c: Conversion, numeric: boolean): string {
  const width = c.width ?? 0;
  if (text.length >= width) return text;
  if (c.flags.includes('-')) return text.padEnd(width);
  if (numeric && c.flags.includes('0') && c.precision === undefined) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : '';
    const prefix = /^[-+ ]?0[xX]/.test(text) && c.flags.includes('#') ? text.slice(sign.length, sign.length + 2) : '';
    const rest = text.slice(sign.length + prefix.length);
    return sign + prefix + rest.padStart(width - sign.length - prefix.length, '0');
  }
  return text.padStart(width);
}

function formatInteger(value: number, c: Conversion): string {
  const n = Math.trunc(value);
  let digits: string;
  switch (c.conv) {
    case 'o':
      digits = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(8);
      if (c.flags.includes('#') && !digits.startsWith('0')) digits = `0${digits}`;
      break;
    case 'x':
    case 'X':
      digits = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(16);
      if (c.conv === 'X') digits = digits.toUpperCase();
      if (c.flags.includes('#') && n !== 0) digits = `${c.conv === 'X' ? '0X' : '0x'}${digits}`;
      break;
    case 'u':
      digits = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString();
      break;
    default:
      digits = String(Math.abs(n));
  }
  if (c.precision !== undefined) {
    const [, prefix = '', body = ''] = /^(0[xX])?(.*)$/.exec(digits)!;
    digits = prefix + (c.precision === 0 && body === '0' ? '' : body.padStart(c.precision, '0'));
  }
  const signed = c.conv === 'd' || c.conv === 'i';
  const sign =
    signed && n < 0 ? '-' : signed && c.flags.includes('+') ? '+' : signed && c.flags.includes(' ') ? ' ' : '';
  return pad(sign + digits, c, true);
}

function formatFloat(value: number, c: Conversion): string {
  const p = c.precision ?? 6;
  let body: string;
  if (!Number.isFinite(value)) body = Number.isNaN(value) ? 'nan' : 'inf';
  else if (c.conv === 'f' || c.conv === 'F') body = Math.abs(value).toFixed(p);
  else if (c.conv === 'e' || c.conv === 'E')
    body = Math.abs(value)
      .toExponential(p)
      .replace(/e([-+])(\d)$/, 'e$10$2');
  else {
    // %g: the shorter of %e and %f at precision P (0 counts as 1), trailing zeros dropped.
    const precision = p === 0 ? 1 : p;
    const exp = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    body =
      exp < -4 || exp >= precision
        ? Math.abs(value)
            .toExponential(precision - 1)
            .replace(/\.?0+e/, 'e')
            .replace(/e([-+])(\d)$/, 'e$10$2')
        : Math.abs(value).toFixed(Math.max(0, precision - 1 - exp));
    if (!c.flags.includes('#') && body.includes('.') && !body.includes('e')) body = body.replace(/\.?0+$/, '');
  }
  if (c.conv === 'E' || c.conv === 'G') body = body.toUpperCase();
  const sign = value < 0 || Object.is(value, -0) ? '-' : c.flags.includes('+') ? '+' : c.flags.includes(' ') ? ' ' : '';
  return pad(sign + body, c, Number.isFinite(value));
}

const DIRECTIVE = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbeEfFgG%])?/y;

export const printfTool: ShellTool = (sh, argv): Output => {
  const flavour = echoFlavour(sh);
  const prefix = messagePrefix(sh, flavour);
  const coreutils = flavour === 'bash' && sh.container !== undefined && sh.args === undefined;
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    const usage =
      flavour === 'busybox'
        ? `${BUSYBOX_BANNER}\n\nUsage: printf FORMAT [ARG]...\n\nFormat and print ARG(s) according to FORMAT (a-la C printf)\n`
        : flavour === 'dash'
          ? `${prefix}usage: printf format [arg ...]\n`
          : coreutils
            ? "printf: missing operand\nTry 'printf --help' for more information.\n"
            : // builtin_usage names only the command.
              'printf: usage: printf [-v var] format [arguments]\n';
    return { stdout: '', stderr: usage, exitCode: flavour === 'bash' && !coreutils ? 2 : 1 };
  }
  const format = args[0]!;
  const operands = args.slice(1);
  let next = 0;
  let stdout = '';
  let stderr = '';
  let status = 0;
  const take = (): string | undefined => (next < operands.length ? operands[next++] : undefined);
  const number = (float: boolean): number => {
    const text = take();
    if (text === undefined) return 0;
    const parsed = parseNumber(text, float);
    if (!parsed.ok) {
      stderr += `${prefix}${badNumber(flavour, text, coreutils)}\n`;
      status = 1;
    }
    return parsed.value;
  };
  for (;;) {
    const used = next;
    let i = 0;
    while (i < format.length) {
      const ch = format[i]!;
      if (ch === '\\') {
        const end = /^\\(?:[0-7]{1,3}|x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|.)?/.exec(
          format.slice(i),
        )![0];
        const { text, stop } = unescape(end, flavour, false);
        if (stop) return { stdout, stderr, exitCode: status };
        stdout += text;
        i += end.length;
        continue;
      }
      if (ch !== '%') {
        stdout += ch;
        i++;
        continue;
      }
      DIRECTIVE.lastIndex = i;
      const m = DIRECTIVE.exec(format)!;
      if (m[4] === undefined) {
        const spec = format.slice(i);
        stderr += `${prefix}${flavour === 'bash' && !coreutils ? `\`${spec.slice(0, m[0].length + 1)}': missing format character` : `${spec}: invalid format`}\n`;
        return { stdout, stderr, exitCode: 1 };
      }
      i += m[0].length;
      if (m[4] === '%') {
        stdout += '%';
        continue;
      }
      const c: Conversion = { flags: m[1]!, conv: m[4] };
      if (m[2] === '*') {
        const w = number(false);
        if (w < 0) c.flags += '-';
        c.width = Math.abs(w);
      } else if (m[2] !== undefined) c.width = Number(m[2]);
      if (m[3] === '*') c.precision = Math.max(0, number(false));
      else if (m[3] !== undefined) c.precision = Number(m[3] || '0');
      if (c.conv === 's' || c.conv === 'b' || c.conv === 'c') {
        let text = take() ?? '';
        if (c.conv === 'c') text = [...text][0] ?? '';
        if (c.conv === 'b') {
          const read = unescape(text, flavour, true);
          text = read.text;
          if (read.stop) {
            stdout += pad(c.precision === undefined ? text : text.slice(0, c.precision), c, false);
            return { stdout, stderr, exitCode: status };
          }
        }
        if (c.precision !== undefined && c.conv !== 'c') text = text.slice(0, c.precision);
        stdout += pad(text, c, false);
      } else if ('diouxX'.includes(c.conv)) stdout += formatInteger(number(false), c);
      else stdout += formatFloat(number(true), c);
    }
    // POSIX: the format is reused while operands remain, if it consumed any.
    if (next >= operands.length || next === used) break;
  }
  return { stdout, stderr, exitCode: status };
};
