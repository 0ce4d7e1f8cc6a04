// Hover Markdown is rendered untrusted: text taken from the document (a network or container
// name, a port spec) is escaped so that it shows as typed and cannot add markup, links or HTML.

/** CommonMark: any ASCII punctuation may be backslash-escaped; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
