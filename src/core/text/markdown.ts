// Hovers and tooltips render Markdown untrusted: whatever comes from a file or the lab goes in as an inline code span (which
// renders neither HTML nor links) or with every ASCII punctuation character backslash-escaped.

/** text as literal Markdown text: punctuation escaped (CommonMark backslash escapes), lines joined. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** text as an inline code span, with a fence longer than any run of backticks inside it. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Fills `{name}` placeholders of one of the extension's own templates with Markdown fragments. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
