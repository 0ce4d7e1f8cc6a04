// The part of Go's text/template that `docker inspect -f` users write: field paths, `range ... end`,
// parenthesised pipelines, `|`, and docker's functions as a table. Errors read like Go's.
import { type JsonValue, goJson, isObject } from '../print/json';
import { own } from '../own';

export class TemplateError extends Error {}

interface FieldOperand { kind: 'field'; path: string[] }
interface LiteralOperand { kind: 'literal'; value: JsonValue }
interface ParenOperand { kind: 'paren'; pipe: Pipe; path: string[] }
type Operand = (FieldOperand | LiteralOperand | ParenOperand) & { pos: number; src: string };
interface Command { fn: string | undefined; args: Operand[]; pos: number; src: string }
type Pipe = Command[];
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipe }
  | { kind: 'range'; pipe: Pipe; body: Node[] };

type Fn = (args: JsonValue[], fail: (msg: string) => never) => JsonValue;

const str = (v: JsonValue): string => (typeof v === 'string' ? v : formatValue(v));

/** docker/cli templates.basicFunctions plus the Go builtins the lab evaluates. */
const FUNCTIONS: Record<string, Fn> = {
  json: ([v]) => goJson(v ?? null),
  index: ([v, ...keys], fail) => keys.reduce<JsonValue>((cur, k) => {
    if (Array.isArray(cur)) {
      const i = Number(k);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) fail(`error calling index: index out of range: ${str(k)}`);
      return cur[i]!;
    }
    if (isObject(cur)) return cur[str(k)] ?? null;
    if (cur === null) fail('error calling index: index of untyped nil');
    return fail(`error calling index: can't index item of type ${typeName(cur)}`);
  }, v ?? null),
  len: ([v], fail) => (Array.isArray(v) || typeof v === 'string' ? v.length : isObject(v) ? Object.keys(v).length : fail(`error calling len: len of type ${typeName(v ?? null)}`)),
  upper: ([v]) => str(v ?? '').toUpperCase(),
  lower: ([v]) => str(v ?? '').toLowerCase(),
  title: ([v]) => str(v ?? '').replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
  join: ([v, sep]) => (Array.isArray(v) ? v.map(str).join(str(sep ?? '')) : str(v ?? '')),
  split: ([v, sep]) => str(v ?? '').split(str(sep ?? '')),
  println: (args) => `${args.map(formatValue).join(' ')}\n`,
};

/** Real Go/docker functions the lab does not evaluate: named honestly instead of "not defined". */
const NOT_SIMULATED = new Set(['and', 'or', 'not', 'call', 'html', 'js', 'print', 'printf', 'urlquery', 'slice', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'pad', 'truncate']);
const KEYWORDS_NOT_SIMULATED = new Set(['if', 'with', 'else', 'define', 'template', 'block', 'break', 'continue']);

function typeName(v: JsonValue): string {
  if (v === null) return 'interface {}';
  if (Array.isArray(v)) return '[]interface {}';
  if (isObject(v)) return 'map[string]interface {}';
  return typeof v === 'number' || typeof v === 'bigint' ? 'json.Number' : typeof v === 'boolean' ? 'bool' : 'string';
}

const isStructLike = (o: Record<string, JsonValue>) => {
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => /^[A-Z][A-Za-z0-9]*$/.test(k));
};

/** fmt's %v: structs as {a b}, maps as map[k:v] (sorted), slices as [a b], nil as <nil>. */
export function formatValue(v: JsonValue | undefined): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  if (isObject(v)) {
    if (isStructLike(v)) return `{${Object.values(v).map(formatValue).join(' ')}}`;
    return `map[${Object.keys(v).sort().map((k) => `${k}:${formatValue(v[k])}`).join(' ')}]`;
  }
  return String(v);
}

// --- parsing ------------------------------------------------------------------------------

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly base: number, private readonly line: number) {}

  fail(msg: string): never {
    throw new TemplateError(`template: :${this.line}: ${msg}`);
  }

  private skipSpace(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i]!)) this.i++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.i >= this.src.length;
  }

  peekWord(): string {
    this.skipSpace();
    return /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.i))?.[0] ?? '';
  }

  takeWord(): string {
    const w = this.peekWord();
    this.i += w.length;
    return w;
  }

  private fieldPath(): string[] {
    const m = /^(?:\.[A-Za-z_][A-Za-z0-9_]*)+|^\./.exec(this.src.slice(this.i))!;
    this.i += m[0].length;
    return m[0] === '.' ? [] : m[0].slice(1).split('.');
  }

  private operand(): Operand | undefined {
    this.skipSpace();
    const start = this.i;
    const c = this.src[this.i];
    const done = <T extends FieldOperand | LiteralOperand | ParenOperand>(o: T) => ({ ...o, pos: this.base + start, src: this.src.slice(start, this.i) });
    if (c === undefined || c === '|' || c === ')') return undefined;
    if (c === '.') return done({ kind: 'field', path: this.fieldPath() });
    if (c === '(') {
      this.i++;
      const pipe = this.pipeline();
      this.skipSpace();
      if (this.src[this.i] !== ')') this.fail('unclosed left paren');
      this.i++;
      const path = this.src[this.i] === '.' ? this.fieldPath() : [];
      return done({ kind: 'paren', pipe, path });
    }
    if (c === '"' || c === '`') {
      const end = c === '`' ? this.src.indexOf('`', this.i + 1) : this.closingQuote();
      if (end < 0) this.fail(c === '`' ? 'unterminated raw quoted string' : 'unterminated quoted string');
      const text = this.src.slice(this.i, end + 1);
      this.i = end + 1;
      return done({ kind: 'literal', value: c === '`' ? text.slice(1, -1) : JSON.parse(text) as string });
    }
    const num = /^-?\d+(\.\d+)?/.exec(this.src.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return done({ kind: 'literal', value: Number(num[0]) });
    }
    if (c === '$') {
      const name = /^\$[A-Za-z0-9_]*/.exec(this.src.slice(this.i))![0];
      this.fail(`undefined variable "${name}"`);
    }
    const word = this.peekWord();
    if (word === 'true' || word === 'false' || word === 'nil') {
      this.i += word.length;
      return done({ kind: 'literal', value: word === 'nil' ? null : word === 'true' });
    }
    if (word) return undefined;
    return this.fail(`unexpected "${c}" in operand`);
  }

  private closingQuote(): number {
    for (let j = this.i + 1; j < this.src.length; j++) {
      if (this.src[j] === '\\') j++;
      else if (this.src[j] === '"') return j;
    }
    return -1;
  }

  private command(): Command {
    this.skipSpace();
    const start = this.i;
    let fn: string | undefined;
    const word = this.peekWord();
    if (word && !['true', 'false', 'nil'].includes(word)) {
      if (KEYWORDS_NOT_SIMULATED.has(word) || word === 'range' || word === 'end') this.fail(`unexpected <${word}> in command`);
      if (NOT_SIMULATED.has(word)) this.fail(`function "${word}" is not simulated by Docker Network Lab`);
      if (!own(FUNCTIONS, word)) this.fail(`function "${word}" not defined`);
      fn = this.takeWord();
    }
    const args: Operand[] = [];
    for (let o = this.operand(); o; o = this.operand()) args.push(o);
    const w = this.peekWord();
    if (w) this.fail(own(FUNCTIONS, w) ? `unexpected <${w}> in operand` : `function "${w}" not defined`);
    if (!fn && args.length === 0) this.fail('missing value for command');
    return { fn, args, pos: this.base + start, src: this.src.slice(start, this.i).trim() };
  }

  pipeline(): Pipe {
    const pipe: Pipe = [this.command()];
    this.skipSpace();
    while (this.src[this.i] === '|') {
      this.i++;
      pipe.push(this.command());
      this.skipSpace();
    }
    return pipe;
  }

  finish(): void {
    if (!this.atEnd()) this.fail(this.src[this.i] === ')' ? 'unexpected right paren' : `unexpected "${this.src[this.i]!}" in command`);
  }
}

/** Parses a template into nodes; throws TemplateError with Go's parse messages. */
export function parseTemplate(text: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  let trimNext = false;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    let chunk = open < 0 ? text.slice(i) : text.slice(i, open);
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    const trimLeft = open >= 0 && text[open + 2] === '-' && /\s/.test(text[open + 3] ?? '');
    if (trimLeft) chunk = chunk.replace(/\s+$/, '');
    if (chunk) stack[stack.length - 1]!.push({ kind: 'text', text: chunk });
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError(`template: :${lineAt(open)}: unclosed action`);
    trimNext = text[close - 1] === '-' && /\s/.test(text[close - 2] ?? '');
    const innerStart = open + 2 + (trimLeft ? 2 : 0);
    const inner = text.slice(innerStart, trimNext ? close - 2 : close);
    i = close + 2;
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(inner)) continue;
    const p = new Parser(inner, innerStart, lineAt(open));
    const word = p.peekWord();
    if (word === 'end') {
      p.takeWord();
      p.finish();
      if (stack.length === 1) p.fail('unexpected {{end}}');
      stack.pop();
      continue;
    }
    if (KEYWORDS_NOT_SIMULATED.has(word)) p.fail(`{{${word}}} is not simulated by Docker Network Lab`);
    if (word === 'range') {
      p.takeWord();
      const pipe = p.pipeline();
      p.finish();
      const body: Node[] = [];
      stack[stack.length - 1]!.push({ kind: 'range', pipe, body });
      stack.push(body);
      continue;
    }
    const pipe = p.pipeline();
    p.finish();
    stack[stack.length - 1]!.push({ kind: 'action', pipe });
  }
  if (stack.length > 1) throw new TemplateError(`template: :${lineAt(text.length)}: unexpected EOF`);
  return root;
}

// --- execution ----------------------------------------------------------------------------

class Exec {
  constructor(private readonly text: string) {}

  private fail(pos: number, src: string, msg: string): never {
    const before = this.text.slice(0, pos);
    const line = before.split('\n').length;
    const col = line === 1 ? pos : pos - before.lastIndexOf('\n') - 1;
    throw new TemplateError(`template: :${line}:${col}: executing "" at <${src}>: ${msg}`);
  }

  private walk(value: JsonValue, path: string[], o: Operand): JsonValue {
    let cur = value;
    for (const name of path) {
      if (isObject(cur)) {
        if (!(name in cur)) this.fail(o.pos, o.src, `map has no entry for key "${name}"`);
        cur = cur[name]!;
      } else if (cur === null) this.fail(o.pos, o.src, `nil pointer evaluating interface {}.${name}`);
      else this.fail(o.pos, o.src, `can't evaluate field ${name} in type ${typeName(cur)}`);
    }
    return cur;
  }

  private operand(o: Operand, dot: JsonValue): JsonValue {
    if (o.kind === 'literal') return o.value;
    if (o.kind === 'field') return this.walk(dot, o.path, o);
    return this.walk(this.pipe(o.pipe, dot), o.path, o);
  }

  pipe(pipe: Pipe, dot: JsonValue): JsonValue {
    let prev: JsonValue | undefined;
    for (const cmd of pipe) {
      const args = cmd.args.map((a) => this.operand(a, dot));
      if (prev !== undefined) args.push(prev);
      if (cmd.fn === undefined) {
        if (args.length > 1) this.fail(cmd.pos, cmd.src, `can't give argument to non-function ${cmd.args[0]?.src ?? ''}`);
        prev = args[0] ?? null;
      } else {
        prev = own(FUNCTIONS, cmd.fn)!(args, (msg) => this.fail(cmd.pos, cmd.src, msg));
      }
    }
    return prev ?? null;
  }

  nodes(nodes: Node[], dot: JsonValue): string {
    let out = '';
    for (const n of nodes) {
      if (n.kind === 'text') out += n.text;
      else if (n.kind === 'action') out += formatValue(this.pipe(n.pipe, dot));
      else {
        const v = this.pipe(n.pipe, dot);
        const first = n.pipe[0]!;
        if (v === null) continue;
        const items = Array.isArray(v) ? v : isObject(v) && !isStructLike(v) ? Object.keys(v).sort().map((k) => v[k]!) : undefined;
        if (!items) this.fail(first.pos, first.src, `range can't iterate over ${formatValue(v)}`);
        for (const item of items) out += this.nodes(n.body, item);
      }
    }
    return out;
  }
}

/** Runs a parsed template over a value; throws TemplateError with Go's execution messages. */
export function executeTemplate(text: string, nodes: Node[], dot: JsonValue): string {
  return new Exec(text).nodes(nodes, dot);
}
