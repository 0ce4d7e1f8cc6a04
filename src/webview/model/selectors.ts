// CSS selectors over the DOM contract's attributes. Ids come from the lab (names, `net:[N]`,
// `IFNAME@net:[N]`, `HOST:PORT/PROTO`), so every value goes into a quoted CSS string with its
// quotes, backslashes and line breaks escaped (CSS Syntax Level 3, "consume a string token").

/** `value` as a double-quoted CSS string. */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/** `[name="value"]`, safe for any value. */
export function attrSelector(name: string, value: string): string {
  return `[${name}=${cssString(value)}]`;
}

/** The element of a node or link by its `data-id` (and kind, when given). */
export function elementSelector(id: string, kind?: string): string {
  return `${kind ? attrSelector('data-kind', kind) : '[data-kind]'}${attrSelector('data-id', id)}`;
}
