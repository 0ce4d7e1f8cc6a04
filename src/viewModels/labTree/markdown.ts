// Tooltips are Markdown (rendered untrusted, without HTML); every value from the lab goes through
// escapeMarkdown so that no name, image, label or log line can add markup, links or HTML.
import { escapeMarkdown } from '../../core/text/markdown';

export { escapeMarkdown };

/** Collects tooltip lines; `field` and `text` escape, `strong` and `quote` escape their value too. */
export class Markdown {
  private readonly blocks: string[][] = [[]];

  /** `**name** · detail` */
  heading(strong: string, detail = ''): this {
    return this.line(`**${escapeMarkdown(strong)}**${detail ? ` · ${escapeMarkdown(detail)}` : ''}`);
  }

  /** `Label: value`, or nothing for an empty value. */
  field(label: string, value: string): this {
    return value === '' ? this : this.line(`${escapeMarkdown(label)}: ${escapeMarkdown(value)}`);
  }

  text(value: string): this {
    return this.line(escapeMarkdown(value));
  }

  /** Each line quoted, as a log excerpt. */
  quote(lines: readonly string[]): this {
    this.paragraph();
    for (const l of lines) this.line(`> ${escapeMarkdown(l)}`);
    return this;
  }

  /** Starts a new paragraph. */
  paragraph(): this {
    if (this.blocks[this.blocks.length - 1]!.length > 0) this.blocks.push([]);
    return this;
  }

  private line(markdown: string): this {
    this.blocks[this.blocks.length - 1]!.push(markdown);
    return this;
  }

  /** Lines of a paragraph end in a hard break (two spaces); paragraphs are blank-line separated. */
  toString(): string {
    return this.blocks
      .filter((b) => b.length > 0)
      .map((b) => b.join('  \n'))
      .join('\n\n');
  }
}
