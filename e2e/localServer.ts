// The local production server that the e2e suite starts: scripts/serve-prod.sh, nginx on port 8080.
export const LOCAL_BASE_URL = 'http://127.0.0.1:8080';

/** The local server's access log, copied here so tests can read what nginx logged. */
export const ACCESS_LOG = '.cache/nginx-access.log';
