# syntax=docker/dockerfile:1.7
# The events site's image: a pinned Node LTS builds the site (data check included), a pinned
# unprivileged nginx serves dist/ with our nginx.conf, as uid 101, on port 8080.

# The release this image replaces (the pipeline passes the image now in production): its own /assets
# are carried over, so its pages keep loading from new replicas during a rolling update and in tabs
# left open after it. The default, an image with no site, carries nothing (the first deploy).
ARG PREVIOUS_RELEASE=nginxinc/nginx-unprivileged:1.28.0-alpine

FROM ${PREVIOUS_RELEASE} AS previous

FROM node:24.11.1-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
# The revision lands in dist/build-info.json, which the deploy checks the site serves.
ARG REVISION=dev
# The public address, for the feeds, the sitemap and link previews.
ARG SITE_URL=https://sophia-tech-events.example
# prebuild runs the data check: a bad events.json fails the image build.
RUN npm run build
COPY --from=previous /usr/share/nginx/html /tmp/previous-release
RUN npx tsx scripts/carry-previous-assets.ts /tmp/previous-release dist

FROM nginxinc/nginx-unprivileged:1.28.0-alpine AS serve
ARG SOURCE=unknown
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="Sophia Tech Events" \
      org.opencontainers.image.description="Tech events around Sophia-Antipolis, served by nginx" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}"

# The prefix /usr/share/nginx/ holds html/ (the site, read-only) and tmp/ (pid and temp files,
# a tmpfs in the swarm where the root filesystem is read-only).
USER root
RUN rm -rf /usr/share/nginx/html && mkdir -p /usr/share/nginx/tmp && chown 101:101 /usr/share/nginx/tmp
# nginx.conf as the build left it: its policy allows the stylesheet inside the pages by its hash.
COPY --from=build /app/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER 101

EXPOSE 8080
# SIGQUIT lets nginx finish the requests under way before it exits.
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["nginx", "-p", "/usr/share/nginx/", "-c", "/etc/nginx/nginx.conf", "-e", "stderr", "-g", "daemon off;"]
