// `--filter` as docker/cli declares it (opts.FilterOpt): a list whose values must be `name=value`,
// refused by pflag before any request (moby api/types/filters ParseFlag, ErrBadFormat).
import type { FlagSpec } from './flags';

const BAD_FORMAT = 'bad format of filter (expected name=value)';

export const checkFilterValue = (value: string): string | undefined => (value.includes('=') ? undefined : BAD_FORMAT);

/** `-f, --filter` of ps, images, volume ls, network ls. */
export const FILTER_FLAG: FlagSpec = { name: 'filter', short: 'f', type: 'list', check: checkFilterValue };
