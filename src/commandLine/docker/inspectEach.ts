// What every `docker <object> inspect` shares (docker/cli cli/command/inspect/inspector.go Inspect and
// its inspectors): `-f` parsed once before anything is looked up (a bad template is exit 64); each
// reference looked up in turn, a missing one an error line while the others still print; then the
// found objects as an indented JSON array (none: `[]`), compact with `-f json`, or the template run on
// each (the typed response first, then the raw JSON when that fails: TemplateInspector), an empty
// result a lone newline. Any error line makes the exit code 1.
import { type Output, fail } from '../../core/lab/output';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../print/goTemplate';
import { type JsonValue, goJson, indentedArray } from '../print/json';

/** `-f`: empty or `json` need no template. */
export function inspectFormat(format: string): { nodes?: ReturnType<typeof parseTemplate>; output?: Output } {
  if (format === '' || format === 'json') return {};
  try {
    return { nodes: parseTemplate(format) };
  } catch (e) {
    if (e instanceof TemplateError) return { output: fail(`${templateParsingError(e)}\n`, 64) };
    throw e;
  }
}

/** An object found: its JSON, and the typed response templates see first when it has one. */
export interface InspectViews {
  raw: JsonValue;
  typed?: JsonValue;
}

/** lookup answers each reference with the object's views, or the error line the CLI prints for it. */
export function inspectEach(
  format: string,
  refs: readonly string[],
  lookup: (ref: string) => InspectViews | string,
): Output {
  const { nodes, output } = inspectFormat(format);
  if (output) return output;
  const found: JsonValue[] = [];
  const errors: string[] = [];
  let text = '';
  for (const ref of refs) {
    const views = lookup(ref);
    if (typeof views === 'string') {
      errors.push(views);
      continue;
    }
    if (!nodes) {
      found.push(views.raw);
      continue;
    }
    try {
      text += `${executeTemplate(format, nodes, views.typed ?? views.raw)}\n`;
    } catch (first) {
      try {
        if (views.typed === undefined) throw first;
        text += `${executeTemplate(format, nodes, views.raw)}\n`;
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        errors.push(templateParsingError(e));
      }
    }
  }
  const stdout = nodes ? (text === '' ? '\n' : text) : format === 'json' ? `${goJson(found)}\n` : indentedArray(found);
  return { stdout, stderr: errors.map((l) => `${l}\n`).join(''), exitCode: errors.length > 0 ? 1 : 0 };
}
