// Generated events.json files for benchmarks: realistic sizes and words, reproducible (seeded).
const WORDS = [
  'Java',
  'Kotlin',
  'Cloud',
  'Kubernetes',
  'Python',
  'Data',
  'Sécurité',
  'Web',
  'Android',
  'IA',
  'DevOps',
  'Rust',
  'Go',
  'Open source',
  'Observabilité',
  'Événement',
  'Atelier',
  'Conférence',
  'Meetup',
  'Lab',
];
const PLACES = [
  'CEEI Nice Côte d’Azur',
  'Campus SophiaTech',
  'Inria Sophia Antipolis',
  'SKEMA Business School',
  'En ligne',
];
export const SPONSORS = [
  'Telecom Valley',
  'Riviera JUG',
  'GDG Sophia',
  'CEEI',
  'Inria',
  'UniCA',
  'Python Riviera',
  'DevOps Sophia',
  'Women in Tech Riviera',
  'Cloud Native Riviera',
  'SophiaConf',
];
const TAGS = [
  'java',
  'cloud',
  'python',
  'web',
  'ia',
  'devops',
  'kubernetes',
  'data',
  'mobile',
  'sécurité',
  'carrière',
  'open source',
];

/** Mulberry32: a tiny seeded generator, so every run benchmarks the same data. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` events starting from `from`, spread over `days` days, half past and half ahead of `from`. */
export function generateEvents(
  count: number,
  from: Date,
  days = 730,
  seed = 42,
): { events: Record<string, unknown>[] } {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const events = [];
  for (let i = 0; i < count; i += 1) {
    const start = new Date(from.getTime() + (random() - 0.5) * days * 86_400_000);
    const ts = `${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}${pad(start.getUTCDate())}T${pad(9 + Math.floor(random() * 11))}${pick(['00', '15', '30', '45'])}00`;
    const title = `${pick(WORDS)} ${pick(WORDS)} #${i}`;
    const place = pick(PLACES);
    events.push({
      title,
      desc: `${pick(WORDS)}, ${pick(WORDS)} et ${pick(WORDS)} : une soirée de talks et de démos, ouverte à toutes et à tous.`,
      date: `${start.getUTCDate()}/${start.getUTCMonth() + 1} – ${place}`,
      ts,
      link: `https://example.org/events/${i}`,
      place,
      online: place === 'En ligne' ? true : undefined,
      tags: [pick(TAGS), pick(TAGS)].filter((tag, k, all) => all.indexOf(tag) === k),
      sponsors: [{ name: pick(SPONSORS) }],
    });
  }
  events.sort((a, b) => a.ts.localeCompare(b.ts));
  return { events };
}
