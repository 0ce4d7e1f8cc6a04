// Filters for pipelines (`docker ps | grep web`, `ip addr | head -3`): head, tail, grep, wc, sort.
import type { ShellTool } from './context';

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const joinLines = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

function countFlag(argv: string[], fallback: number): number {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-n') return Number(argv[i + 1]);
    if (/^-n\d+$/.test(a)) return Number(a.slice(2));
    if (/^-\d+$/.test(a)) return Number(a.slice(1));
  }
  return fallback;
}

export const headTool: ShellTool = (sh, argv) => ({
  stdout: joinLines(linesOf(sh.stdin ?? '').slice(0, countFlag(argv, 10))),
  stderr: '',
  exitCode: 0,
});

export const tailTool: ShellTool = (sh, argv) => {
  const n = countFlag(argv, 10);
  const lines = linesOf(sh.stdin ?? '');
  return { stdout: joinLines(n === 0 ? [] : lines.slice(-n)), stderr: '', exitCode: 0 };
};

export const grepTool: ShellTool = (sh, argv) => {
  const flags = new Set<string>();
  let pattern: string | undefined;
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') && pattern === undefined && a.length > 1) for (const f of a.slice(1)) flags.add(f);
    else if (pattern === undefined) pattern = a;
  }
  if (pattern === undefined)
    return {
      stdout: '',
      stderr:
        'BusyBox v1.37.0 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFEABCz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n',
      exitCode: 2,
    };
  let matches: (line: string) => string[];
  if (flags.has('F')) {
    const needle = flags.has('i') ? pattern.toLowerCase() : pattern;
    matches = (l) => {
      const hay = flags.has('i') ? l.toLowerCase() : l;
      const found: string[] = [];
      for (let at = hay.indexOf(needle); at >= 0 && needle !== ''; at = hay.indexOf(needle, at + needle.length))
        found.push(l.slice(at, at + needle.length));
      return needle === '' ? [''] : found;
    };
  } else {
    let re: RegExp;
    try {
      re = new RegExp(flags.has('E') ? pattern : basicToJs(pattern), flags.has('i') ? 'gi' : 'g');
    } catch {
      return { stdout: '', stderr: `grep: bad regex '${pattern}'\n`, exitCode: 2 };
    }
    matches = (l) => [...l.matchAll(re)].map((m) => m[0]);
  }
  const hits = linesOf(sh.stdin ?? '').filter((l) => matches(l).length > 0 !== flags.has('v'));
  // -o prints each non-empty match on its own line (grep.c, option_mask32 & OPT_o).
  const shown = flags.has('o') && !flags.has('v') ? hits.flatMap((l) => matches(l).filter((m) => m !== '')) : hits;
  const stdout = flags.has('q') ? '' : flags.has('c') ? `${hits.length}\n` : joinLines(shown);
  return { stdout, stderr: '', exitCode: hits.length > 0 ? 0 : 1 };
};

/**
 * A basic regular expression (grep without -E) as a JavaScript one: in a BRE `|`, `+`, `?`, `(`,
 * `)`, `{` and `}` are plain characters and their backslashed forms are the operators (the GNU
 * extensions glibc's regcomp reads without REG_EXTENDED), so `web\|db` is an alternation and `a|b`
 * three characters.
 */
export function basicToJs(pattern: string): string {
  const SWAPPED = '|+?(){}';
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i]!;
      out += SWAPPED.includes(next) ? next : `\\${next}`;
    } else out += SWAPPED.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

export const wcTool: ShellTool = (sh, argv) => {
  const text = sh.stdin ?? '';
  const lines = (text.match(/\n/g) ?? []).length;
  if (argv.includes('-l')) return { stdout: `${lines}\n`, stderr: '', exitCode: 0 };
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return {
    stdout: `${String(lines).padStart(7)} ${String(words).padStart(7)} ${String(text.length).padStart(7)}\n`,
    stderr: '',
    exitCode: 0,
  };
};

export const sortTool: ShellTool = (sh, argv) => {
  const lines = linesOf(sh.stdin ?? '').sort();
  if (argv.includes('-r')) lines.reverse();
  return { stdout: joinLines(lines), stderr: '', exitCode: 0 };
};
