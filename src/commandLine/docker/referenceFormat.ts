// What distribution/reference's ParseNormalizedNamed says of a malformed image reference, as the
// CLI and the client check it before any request (the same rules docker run applies).

/** The parser's complaint, or undefined for a well-formed `[registry/]name[:tag][@digest]`. */
export function referenceFormatError(ref: string): string | undefined {
  const noDigest = ref.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  const repo = colon < 0 ? noDigest : noDigest.slice(0, colon);
  // reference.go ParseNormalizedNamed: an upper-case path is named in its canonical form.
  if (/[A-Z]/.test(repo.replace(/^[^/]*[.:][^/]*\//, ''))) {
    const path = repo.includes('/') ? repo : `library/${repo}`;
    return `invalid reference format: repository name (${path}) must be lowercase`;
  }
  const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
  const domain = '(?:[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
  const pattern = new RegExp(
    `^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$`,
  );
  return pattern.test(ref) && ref.length > 0 ? undefined : 'invalid reference format';
}
