// Swarm's embedded DNS, stood in for: answers `tasks.www` with the addresses of the replicas, at
// 127.0.0.11:53 where nginx.conf's resolver asks, as Docker's does inside every container.
import dgram from 'node:dgram';
import packet from 'dns-packet';

const SWARM_DNS = { address: '127.0.0.11', port: 53 };

export type SwarmDns = { close: () => Promise<void> };

/** Serves A records for `names`: each name maps to the addresses it has at the time of asking. */
export async function startSwarmDns(names: Record<string, () => string[]>): Promise<SwarmDns> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, peer) => {
    let query: packet.Packet;
    try {
      query = packet.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const addresses = names[question.name.toLowerCase()];
    const answers =
      addresses && question.type === 'A'
        ? addresses().map((data) => ({ type: 'A' as const, name: question.name, ttl: 0, data }))
        : [];
    const answer = packet.encode({
      id: query.id,
      type: 'response',
      flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (addresses ? 0 : 3),
      questions: [question],
      answers,
    });
    socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', (error) =>
      reject(
        new Error(
          `the rollout harness cannot answer DNS at ${SWARM_DNS.address}:${SWARM_DNS.port} as Swarm does (${error.message}); it needs root`,
        ),
      ),
    );
    socket.bind(SWARM_DNS.port, SWARM_DNS.address, resolve);
  });
  return { close: () => new Promise((resolve) => socket.close(() => resolve())) };
}
