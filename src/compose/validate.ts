// compose-go loader/validate.go checkConsistency for the lab's keys, in its order per service
// (services in file order), then the dependency cycle check (compose-go graph/cycle.go CheckCycle).
import { checkCycle } from './dependencies';
import { ComposeError, INVALID_PROJECT } from './errors';
import type { ComposeFileSource } from './model';
import type { Project } from './project';
import { parseIPv4 } from '../core/net/ipv4';
import { sharedService } from './project';

export function checkConsistency(project: Project): void {
  const services = new Set(project.services.map((s) => s.name));
  const networks = new Set(project.networks.map((n) => n.key));
  const volumes = new Set(project.volumes.map((v) => v.key));
  for (const s of project.services) {
    const src = s.source;
    if (!src.hasBuild && s.image === '') {
      throw new ComposeError(
        `service "${s.name}" has neither an image nor a build context specified: ${INVALID_PROJECT}`,
        src.file,
        src.keyRange,
      );
    }
    if (s.networkMode !== undefined && (src.networks?.entries.length ?? 0) > 0) {
      const range = src.networks!.range;
      throw new ComposeError(
        `service ${s.name} declares mutually exclusive \`network_mode\` and \`networks\`: ${INVALID_PROJECT}`,
        src.file,
        range,
      );
    }
    for (const n of s.networks) {
      if (!networks.has(n.key)) {
        throw new ComposeError(
          `service "${s.name}" refers to undefined network ${n.key}: ${INVALID_PROJECT}`,
          src.file,
          n.source?.keyRange ?? src.keyRange,
        );
      }
    }
    for (const d of s.dependsOn) {
      if (!services.has(d.service)) {
        throw new ComposeError(
          `service "${s.name}" depends on undefined service "${d.service}": ${INVALID_PROJECT}`,
          src.file,
          d.range,
        );
      }
    }
    const shared = sharedService(s.networkMode);
    if (shared !== undefined && !services.has(shared)) {
      throw new ComposeError(
        `service "${shared}" not found for network_mode 'service:${shared}'`,
        src.file,
        src.networkMode!.range,
      );
    }
    for (const v of s.volumes) {
      // Non-anonymous volumes must be declared at the top level.
      if (v.type === 'volume' && v.source !== '' && !volumes.has(v.source)) {
        throw new ComposeError(
          `service "${s.name}" refers to undefined volume ${v.source}: ${INVALID_PROJECT}`,
          src.file,
          v.origin.sourceRange,
        );
      }
    }
    checkScale(s);
    checkMountTargets(s);
  }
  checkCycle(project);
}

/** checkConsistency's last check per service: two volumes on one target (tmpfs entries are not modelled). */
function checkMountTargets(s: Project['services'][number]): void {
  const mounts = new Map<string, string>();
  s.volumes.forEach((v, i) => {
    const loc = `services.${s.name}.volumes[${i}]`;
    const previous = mounts.get(v.target);
    if (previous !== undefined)
      throw new ComposeError(
        `${loc}: target ${v.target} already mounted as ${previous}`,
        s.source.file,
        v.origin.range,
      );
    mounts.set(v.target, loc);
  });
}

/** validation/volume.go checkVolume (validation/external.go checkExternal): an external volume takes only `name`. */
export function checkVolumes(file: ComposeFileSource): void {
  for (const v of file.volumes) {
    if (v.external?.value !== true) continue;
    for (const k of v.keys) {
      if (k.key === 'name' || k.key === 'external' || k.key.startsWith('x-')) continue;
      throw new ComposeError(
        `volumes.${v.key}: conflicting parameters "external" and "${k.key}" specified`,
        v.file,
        k.keyRange,
      );
    }
  }
}

/** compose-go loader/validate.go checkConsistency: `scale` against `deploy.replicas` and `container_name`. */
function checkScale(s: Project['services'][number]): void {
  const src = s.source;
  if (s.scale !== undefined && s.replicas !== undefined && s.scale !== s.replicas)
    throw new ComposeError(
      `services.${s.name}: can't set distinct values on 'scale' and 'deploy.replicas': ${INVALID_PROJECT}`,
      src.file,
      src.scale!.range,
    );
  if (s.scale !== undefined && s.scale < 0)
    throw new ComposeError(`services.${s.name}.scale: must be greater than or equal to 0`, src.file, src.scale!.range);
  if (s.replicas !== undefined && s.replicas < 0)
    throw new ComposeError(
      `services.${s.name}.deploy.replicas: must be greater than or equal to 0`,
      src.file,
      src.replicas!.range,
    );
  if ((s.scale ?? s.replicas ?? 1) > 1 && s.containerName !== undefined) {
    const attr = s.scale === undefined ? 'deploy.replicas' : 'scale';
    // The arguments are swapped in compose-go's own Errorf: `services.<attr>: ... and <service> ...`.
    throw new ComposeError(
      `services.${attr}: can't set container_name and ${s.name} as container name must be unique: ${INVALID_PROJECT}`,
      src.file,
      src.containerName!.range,
    );
  }
}

/** Go's net.ParseIP, near enough: dotted IPv4 or colon-hex IPv6 (with an optional IPv4 tail). */
function goParseIP(text: string): boolean {
  if (parseIPv4(text) !== undefined) return true;
  if (!text.includes(':') || (text.match(/::/g) ?? []).length > 1) return false;
  return /^[0-9a-fA-F:]*(?::\d{1,3}(?:\.\d{1,3}){3})?$/.test(text);
}

/** compose-go validation/validation.go checkIPAddress on `services.*.ports.*` (after the files merge). */
export function checkPortAddresses(file: ComposeFileSource): void {
  for (const s of file.services) {
    for (const p of s.ports) {
      if (p.hostIp !== '' && !goParseIP(p.hostIp)) {
        throw new ComposeError(`services.${s.name}.ports.[]: invalid ip address: ${p.hostIp}`, s.file, p.range);
      }
    }
  }
}
