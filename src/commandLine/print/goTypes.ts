// View objects that stand for a typed Go struct, so a template naming a field they lack fails as Go's
// text/template does on a struct ("can't evaluate field X in type T"), not as a map miss.
const GO_TYPES = new WeakMap<object, string>();

/** Marks a view object as the Go struct type it stands for (e.g. `system.PluginsInfo`); returns it. */
export function withGoType<T extends object>(o: T, goType: string): T {
  GO_TYPES.set(o, goType);
  return o;
}

/** The Go struct type a view object stands for, if it was marked. */
export const goTypeOf = (o: object): string | undefined => GO_TYPES.get(o);
