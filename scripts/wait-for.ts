// `tsx scripts/wait-for.ts URL [SECONDS]`: waits until URL answers 2xx. A GitLab `services:` container
// is started, not awaited; the e2e job polls its /healthz before testing it.
const [url, seconds = '60'] = process.argv.slice(2);
if (!url) {
  console.error('wait-for: usage: wait-for URL [SECONDS]');
  process.exit(2);
}
const deadline = Date.now() + Number(seconds) * 1000;
let last = 'no answer';
while (Date.now() < deadline) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    if (response.ok) {
      console.log(`wait-for: ${url} answered ${response.status}`);
      process.exit(0);
    }
    last = `status ${response.status}`;
  } catch {
    last = 'no answer';
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
console.error(
  `wait-for: ${url} gave ${last} for ${seconds} s: is the service up? look at its logs in the job`,
);
process.exit(1);
