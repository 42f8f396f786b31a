#!/usr/bin/env bash
# `npm run serve:prod`: the production server, here, as the container runs it: Debian's nginx with the
# project's nginx.conf over dist/, in the foreground, on port 8080. Ctrl-C stops it gracefully.
set -euo pipefail

project="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(cd "${DIST:-$project/dist}" 2>/dev/null && pwd || echo "${DIST:-$project/dist}")"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

if [ ! -f "$dist/index.html" ]; then
  echo "serve-prod: $dist/index.html is missing: run npm run build first" >&2
  exit 1
fi
if [ ! -x "$nginx_bin" ]; then
  echo "serve-prod: nginx is not installed: run apt-get install -y nginx-light" >&2
  exit 1
fi

# nginx opens /dev/stdout for its access log, which fails on a socket (as test runners give):
# hand it a pipe instead. SERVE_ACCESS_LOG=FILE also copies the access log to FILE (for tests).
if [ -n "${SERVE_ACCESS_LOG:-}" ]; then
  mkdir -p "$(dirname "$SERVE_ACCESS_LOG")"
  : >"$SERVE_ACCESS_LOG"
  exec > >(tee -a "$SERVE_ACCESS_LOG")
else
  exec > >(cat)
fi

# The prefix holds html/ and tmp/, as /usr/share/nginx/ does in the image. nginx's workers run as
# nobody here, so everything they read must be world-readable.
# One fixed folder, laid anew at each start, so a killed run leaves nothing behind to pile up.
prefix="$project/.cache/nginx"
rm -rf "$prefix"
mkdir -p "$prefix/tmp"
ln -s "$dist" "$prefix/html"
chmod 755 "$project/.cache" "$prefix"
chmod -R a+rX "$dist"

# NGINX_CONF: another configuration than the project's (the benchmarks serve a build with the
# style hashes of its own pages, bench/prodServer.ts).
"$nginx_bin" -p "$prefix/" -c "${NGINX_CONF:-$project/nginx.conf}" -e stderr -g 'daemon off;' &
server=$!
stop() {
  kill -QUIT "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop EXIT INT TERM
echo "Serving $dist at http://127.0.0.1:8080/ with $($nginx_bin -v 2>&1)" >&2
wait "$server"
