// `npm run bench:validate`: how long the data check takes on generated files of 1,000, 10,000 and
// 100,000 events (the same work as npm run validate, without the disk). Prints figures.
import { validateEventsFile } from '../src/datacheck/validate.ts';
import { site } from '../src/site.ts';
import { generateEvents, SPONSORS } from './generateEvents.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const context = {
  logoNames: new Set(SPONSORS),
  logoFolder: 'public/img/sponsors',
  timeZone: site.timeZone,
  now: new Date(),
};

console.log(`data check, ${RUNS} runs per size\n`);
console.log('events    file MB   median ms   worst ms   problems');
for (const size of SIZES) {
  const text = JSON.stringify(generateEvents(size, new Date()), null, 2);
  const times: number[] = [];
  let problems = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    problems = validateEventsFile(text, context).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    [
      String(size).padStart(7),
      (text.length / 1e6).toFixed(1).padStart(9),
      times[Math.floor(times.length / 2)]!.toFixed(0).padStart(11),
      times.at(-1)!.toFixed(0).padStart(10),
      String(problems).padStart(10),
    ].join(' '),
  );
}
