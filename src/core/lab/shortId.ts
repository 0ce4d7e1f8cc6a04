// moby pkg/stringid TruncateID: the 12-character ID that `docker ps`, hostnames and bridge names use.

export const SHORT_ID_LENGTH = 12;

export function shortId(id: string): string {
  return id.slice(0, SHORT_ID_LENGTH);
}
