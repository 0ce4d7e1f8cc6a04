// Node's Buffer in the browser bundle, as far as its code uses it. dockerfile-ast asks Buffer for a
// character's UTF-8 bytes on every parse (lib/util.js, Util.isUTF8BOM: Buffer.from(char, "UTF-8"));
// the browser's extension host has no Buffer. esbuild's `inject` (scripts/build.mjs) puts this in
// its place. An object, not a function: yaml tests `typeof Buffer === 'function'` before it uses
// Buffer for base64 and takes atob otherwise, which is right here.
export const Buffer = {
  /** The UTF-8 bytes of text; the encoding argument is always UTF-8 where it is called. */
  from: (text) => new TextEncoder().encode(text),
};
