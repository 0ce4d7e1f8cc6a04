// Shell variables a line sets: `NAME=value` alone (a shell variable), `export NAME[=value]` (into
// the environment of the commands that follow), `NAME=value cmd` (in cmd's environment only), and
// `unset NAME`, as busybox ash (shell/ash.c exportcmd, setvar, unsetcmd) and bash treat them.
import { type Output, ok } from '../../core/lab/output';
import type { ShellContext, ShellVariable } from './context';
import { shellKind } from './shellKind';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `NAME=value` as the shell reads a word before the command name. */
function assignment(word: string): [string, string] | undefined {
  const eq = word.indexOf('=');
  if (eq <= 0 || !NAME.test(word.slice(0, eq))) return undefined;
  return [word.slice(0, eq), word.slice(eq + 1)];
}

/** The leading assignments of a simple command, and the command after them. */
export function splitAssignments(argv: readonly string[]): { assignments: Array<[string, string]>; rest: string[] } {
  const assignments: Array<[string, string]> = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = assignment(argv[i]!);
    if (!a) break;
    assignments.push(a);
  }
  return { assignments, rest: argv.slice(i) };
}

/** The shell's own variables, created on first use. */
export function shellVars(sh: ShellContext): Map<string, ShellVariable> {
  sh.dir.vars ??= new Map();
  return sh.dir.vars;
}

/** setvar: a new value keeps the variable's exported flag. */
export function setVariables(sh: ShellContext, assignments: ReadonlyArray<[string, string]>): void {
  const vars = shellVars(sh);
  for (const [name, value] of assignments) vars.set(name, { value, exported: vars.get(name)?.exported ?? false });
}

/** `NAME=value cmd`: a child context whose environment has the assignments exported. */
export function withPrefixEnv(sh: ShellContext, assignments: ReadonlyArray<[string, string]>): ShellContext {
  const vars = new Map(sh.dir.vars ?? []);
  for (const [name, value] of assignments) vars.set(name, { value, exported: true });
  return { ...sh, dir: { ...sh.dir, vars } };
}

/** The exported variables that have a value, as `NAME=value` environment entries. */
export function exportedEnv(sh: ShellContext): string[] {
  return [...(sh.dir.vars ?? [])].flatMap(([name, v]) =>
    v.exported && v.value !== undefined ? [`${name}=${v.value}`] : [],
  );
}

/** Single-quoted as ash's showvars prints a value (a `'` closed, escaped and reopened). */
const ashQuote = (v: string) => `'${v.replace(/'/g, `'"'"'`)}'`;

/** `export` with no names lists the exported variables, sorted: ash `export NAME='v'`, bash `declare -x NAME="v"`. */
function listExported(sh: ShellContext, environment: readonly string[]): Output {
  const entries = new Map<string, string>();
  for (const e of [...environment, ...exportedEnv(sh)]) {
    if (e.startsWith('_=')) continue; // bash's $_ is passed on but not listed
    const eq = e.indexOf('=');
    entries.set(e.slice(0, eq), e.slice(eq + 1));
  }
  const names = new Map<string, string | undefined>(entries);
  // Exported without a value (`export NAME` of an unset name): listed by name alone.
  for (const [name, v] of sh.dir.vars ?? [])
    if (v.exported && v.value === undefined && !v.unset) names.set(name, undefined);
  const bash = shellKind(sh) === 'bash';
  const lines = [...names]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) =>
      v === undefined
        ? `${bash ? 'declare -x' : 'export'} ${k}\n`
        : bash
          ? `declare -x ${k}=${JSON.stringify(v)}\n`
          : `export ${k}=${ashQuote(v)}\n`,
    );
  return ok(lines.join(''));
}

/** exportcmd: `export NAME=value` sets and exports, `export NAME` exports what is there (or an unset name). */
export function exportBuiltin(sh: ShellContext, argv: readonly string[], environment: readonly string[]): Output {
  const names = argv.slice(1).filter((a) => a !== '-p');
  if (names.length === 0) return listExported(sh, environment);
  const vars = shellVars(sh);
  for (const arg of names) {
    const a = assignment(arg);
    if (a) vars.set(a[0], { value: a[1], exported: true });
    else if (NAME.test(arg)) {
      const inherited = environment.find((e) => e.startsWith(`${arg}=`));
      const value = vars.get(arg)?.value ?? (inherited ? inherited.slice(arg.length + 1) : undefined);
      vars.set(arg, value === undefined ? { exported: true } : { value, exported: true });
    }
  }
  return ok();
}

/** unsetcmd: the variable is gone, from the environment too. */
export function unsetBuiltin(sh: ShellContext, argv: readonly string[]): Output {
  const vars = shellVars(sh);
  for (const name of argv.slice(1)) if (!name.startsWith('-')) vars.set(name, { exported: false, unset: true });
  return ok();
}
