// `docker ps --filter KEY=VALUE`: the same key given twice matches either value, different keys
// must all match (the engine's filters.Args). Keys: id, name, status, network, ancestor, label.
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { imageBaseName } from '../catalog/images';
import { own } from '../lab/own';
import { FilterFormatError, parseFilterArgs } from './filterArgs';

export class PsFilterError extends Error {}

const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

type Test = (lab: Lab, c: Container, value: string) => boolean;

const TESTS: Record<string, Test> = {
  id: (_lab, c, v) => c.id.startsWith(v),
  // The engine matches names as a regular expression against "/name".
  name: (_lab, c, v) => safeRegex(v).test(`/${c.name}`),
  status: (_lab, c, v) => c.state === v,
  // moby daemon/list.go: the keys of NetworkSettings.Networks, which a stopped container keeps.
  network: (lab, c, v) =>
    Object.keys({ ...c.networks, ...c.endpoints }).some(
      (n) => n === v || lab.findNetwork(n)?.id.startsWith(v) === true,
    ),
  ancestor: (_lab, c, v) => c.image === v || imageBaseName(c.image) === imageBaseName(v),
  label: (_lab, c, v) => {
    const [k, val] = v.split('=');
    const have = c.labels?.[k!];
    return have !== undefined && (val === undefined || have === val);
  },
};

function safeRegex(text: string): RegExp {
  try {
    return new RegExp(text);
  } catch {
    throw new PsFilterError(`Error response from daemon: invalid filter 'name=${text}'`);
  }
}

export function psFilter(lab: Lab, specs: readonly string[]): (c: Container) => boolean {
  let byKey: Map<string, string[]>;
  try {
    byKey = parseFilterArgs(specs);
  } catch (e) {
    if (e instanceof FilterFormatError) throw new PsFilterError(e.message);
    throw e;
  }
  for (const [key, values] of byKey) {
    if (!own(TESTS, key)) throw new PsFilterError(`Error response from daemon: invalid filter '${key}'`);
    const badStatus = key === 'status' ? values.find((v) => !STATUSES.includes(v)) : undefined;
    if (badStatus !== undefined)
      throw new PsFilterError(`Error response from daemon: invalid filter 'status=${badStatus}'`);
  }
  return (c) => [...byKey].every(([key, values]) => values.some((v) => own(TESTS, key)!(lab, c, v)));
}
