// Which addresses become links: the schema refuses others in events.json, and the pages check again
// before they link, as the first view reads the build's events without the schema.

/**
 * Addresses of the everyday shape, which the URL parser always accepts: http(s), a host of ASCII
 * letters, digits and hyphens whose last label starts with a letter (so it is never read as an IP
 * address), no user, a port under 10000, then a path, query or fragment, which never fail to parse.
 * Hosts with `xn--` labels are left to the parser, which checks their punycode.
 */
const PLAIN_HTTP_URL =
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?![^/?#]*[Xx][Nn]--)(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#][^]*)?$/;

/** Only these schemes become links; everything else (javascript:, data:, ftp:) is refused. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  // The pattern first: a file has thousands of links, and parsing each one costs.
  if (PLAIN_HTTP_URL.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
