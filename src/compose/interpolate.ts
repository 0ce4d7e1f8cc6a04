// compose-go's variable interpolation (template/template.go) over string values: $VAR, ${VAR},
// ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+alt}, ${VAR+alt}, and $$.

export class InterpolationError extends Error {}

export type Lookup = (name: string) => string | undefined;

export interface Interpolated {
  value: string;
  /** Variables used without a value or default (compose warns about each). */
  unset: string[];
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** Splits `VAR:-default` into the name, the operator and the operand. */
function parseBraced(body: string, template: string): { name: string; op: string; arg: string } {
  const m = NAME.exec(body);
  if (!m) throw new InterpolationError(`Invalid template: "${template}"`);
  const rest = body.slice(m[0].length);
  if (rest === '') return { name: m[0], op: '', arg: '' };
  const op = ['?', ':?', ':-', '-', ':+', '+'].filter((o) => rest.startsWith(o)).sort((a, b) => b.length - a.length)[0];
  if (!op) throw new InterpolationError(`Invalid template: "${template}"`);
  return { name: m[0], op, arg: rest.slice(op.length) };
}

/** The end of a `${...}` starting at text[start] ('$'), honouring nested `${...}` in defaults. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

export function interpolate(text: string, lookup: Lookup): Interpolated {
  const unset: string[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '{') {
      const end = closingBrace(text, i);
      if (end < 0) throw new InterpolationError(`Invalid template: "${text}"`);
      const { name, op, arg } = parseBraced(text.slice(i + 2, end), text);
      const value = lookup(name);
      const nested = () => {
        const r = interpolate(arg, lookup);
        unset.push(...r.unset);
        return r.value;
      };
      if (op === ':-') out += value === undefined || value === '' ? nested() : value;
      else if (op === '-') out += value === undefined ? nested() : value;
      else if (op === ':+') out += value !== undefined && value !== '' ? nested() : '';
      else if (op === '+') out += value !== undefined ? nested() : '';
      else if (op === ':?' || op === '?') {
        if (value === undefined || (op === ':?' && value === ''))
          throw new InterpolationError(`required variable ${name} is missing a value: ${nested()}`);
        out += value;
      } else {
        if (value === undefined) unset.push(name);
        out += value ?? '';
      }
      i = end;
    } else {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) {
        out += '$';
        continue;
      }
      const value = lookup(m[0]);
      if (value === undefined) unset.push(m[0]);
      out += value ?? '';
      i += m[0].length;
    }
  }
  return { value: out, unset };
}
