// `docker compose config` (docker/compose cmd/compose/config.go runConfig and its list modes):
// `--services`, `--networks`, `--images`, `--profiles` one name per line, `-q` only validates,
// else the normalised project as YAML or (`--format json`) compose-go's Project.MarshalJSON.
import { canonicalDocument, canonicalYaml } from '../../../../compose/canonical';
import { withEnvironmentResolved } from '../../../../compose/envFile';
import { ComposeError } from '../../../../compose/errors';
import { goJson } from '../../../print/json';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { type Globals, type Printer, load } from './shared';
import { readerOf } from './up';

/** api.GetImageNameOrDefault: the image, else `<project>-<service>` for a service that builds. */
const imageOf = (project: string, s: { image: string; name: string }) => s.image || `${project}-${s.name}`;

export function config(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const format = flags.strings.get('format') ?? 'yaml';
  const loaded = load(g, p);
  const project = loaded.project;
  if (flags.bools.has('services')) {
    p.stdout += project.services.map((s) => `${s.name}\n`).join('');
    return p.out();
  }
  if (flags.bools.has('networks')) {
    p.stdout += project.networks.map((n) => `${n.key}\n`).join('');
    return p.out();
  }
  if (flags.bools.has('volumes')) {
    p.stdout += project.volumes.map((v) => `${v.key}\n`).join('');
    return p.out();
  }
  if (flags.bools.has('images')) {
    p.stdout += project.services.map((s) => `${imageOf(project.name, s)}\n`).join('');
    return p.out();
  }
  if (flags.bools.has('profiles')) {
    p.stdout += [...new Set(project.services.flatMap((s) => s.profiles))]
      .sort()
      .map((x) => `${x}\n`)
      .join('');
    return p.out();
  }
  if (format !== 'yaml' && format !== 'json') throw new ComposeError(`unsupported format ${JSON.stringify(format)}`);
  const resolved = withEnvironmentResolved(project, readerOf(ctx));
  if (flags.bools.has('quiet')) return p.out();
  // runConfig doubles every `$` so the output can be read back without interpolation.
  const text = format === 'json' ? goJson(canonicalDocument(resolved, 'json'), '  ') : canonicalYaml(resolved);
  p.stdout += text.replace(/\$/g, '$$$$');
  return p.out();
}
