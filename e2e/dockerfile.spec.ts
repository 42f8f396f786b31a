// The Dockerfile, checked here where no Docker engine runs: parsed, and held against the build and nginx.conf.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser, type Copy } from 'dockerfile-ast';
import { expect, test } from './fixtures.ts';
import { rawGet } from './rawHttp.ts';

const dockerfile = DockerfileParser.parse(readFileSync('Dockerfile', 'utf8'));
const instructions = dockerfile.getInstructions();
const nginxConf = readFileSync('nginx.conf', 'utf8');
const stages = dockerfile.getFROMs();
const stageNames = new Set(stages.map((from) => from.getBuildStage()).filter(Boolean));
const finalStage = instructions.slice(instructions.indexOf(stages.at(-1)!));

function argumentsOf(keyword: string, within = instructions): string[][] {
  return within
    .filter((instruction) => instruction.getKeyword() === keyword)
    .map((instruction) => instruction.getArguments().map((argument) => argument.getValue()));
}

/** An image named by a build argument (`FROM ${PREVIOUS_RELEASE}`) stands for the argument's default. */
function defaultOf(image: string): string {
  const argument = /^\$\{(\w+)\}$/.exec(image)?.[1];
  if (!argument) return image;
  const declared = argumentsOf('ARG')
    .flat()
    .find((value) => value.startsWith(`${argument}=`));
  if (!declared) throw new Error(`FROM ${image}: no ARG ${argument} with a default`);
  return declared.slice(argument.length + 1);
}

test('base images are pinned to an exact version, never latest', () => {
  const images = stages
    .filter((from) => !stageNames.has(from.getImageName() ?? ''))
    .map(
      (from) =>
        defaultOf(from.getImageName() ?? '') + (from.getImageTag() ? `:${from.getImageTag()}` : ''),
    );
  expect(images.length).toBe(3);
  for (const reference of images) expect(reference).toMatch(/:\d+\.\d+\.\d+/);
});

test('the previous release defaults to the same nginx image that serves the site', () => {
  const serve = stages.at(-1)!;
  expect(defaultOf('${PREVIOUS_RELEASE}')).toBe(`${serve.getImageName()}:${serve.getImageTag()}`);
});

test('the image runs as a non-root user, stops gracefully and exposes the port nginx listens on', () => {
  const users = argumentsOf('USER', finalStage).map(([user]) => user);
  expect(users.at(-1)).not.toMatch(/^(root|0)(:.*)?$/);
  const listen = /^\s*listen\s+(\d+);/m.exec(nginxConf)?.[1];
  expect(listen).toBe('8080');
  expect(argumentsOf('EXPOSE', finalStage)).toEqual([[listen]]);
  expect(argumentsOf('STOPSIGNAL', finalStage)).toEqual([['SIGQUIT']]);
});

test('@local every COPY source exists after a build and is not left out of the context', () => {
  const ignored = readFileSync('.dockerignore', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const buildWorkdir = argumentsOf('WORKDIR')[0]?.[0] ?? '/';
  for (const instruction of instructions.filter((i) => i.getKeyword() === 'COPY') as Copy[]) {
    const values = instruction.getArguments().map((argument) => argument.getValue());
    const sources = values.slice(0, -1);
    const fromStage = instruction.getFromFlag()?.getValue();
    // The previous release's files come from its image, not from this repository.
    if (fromStage === 'previous') continue;
    for (const source of sources) {
      // A source from the build stage is a path under its WORKDIR, that is, of this repository.
      const local = fromStage ? path.relative(buildWorkdir, source) : source;
      expect(existsSync(local), `COPY ${source} (${local})`).toBe(true);
      if (!fromStage) expect(ignored, `COPY ${source} is in .dockerignore`).not.toContain(local);
    }
  }
});

test('the site lands where nginx.conf and the entrypoint look for it', () => {
  const entrypoint = JSON.parse(
    instructions.find((i) => i.getKeyword() === 'ENTRYPOINT')!.getArgumentsContent()!,
  ) as string[];
  const prefix = entrypoint[entrypoint.indexOf('-p') + 1]!;
  expect(entrypoint[entrypoint.indexOf('-c') + 1]).toBe('/etc/nginx/nginx.conf');
  const root = /^\s*root\s+([^;]+);/m.exec(nginxConf)?.[1];
  const copies = argumentsOf('COPY', finalStage);
  // The build's nginx.conf: the build writes the hash of the stylesheet inside the pages into it.
  expect(copies).toContainEqual(['/app/nginx.conf', '/etc/nginx/nginx.conf']);
  expect(copies).toContainEqual(['/app/dist', path.posix.join(prefix, root!)]);
  const pid = /^\s*pid\s+([^;]+);/m.exec(nginxConf)?.[1];
  const writable = path.posix.dirname(path.posix.join(prefix, pid!));
  expect(argumentsOf('RUN', finalStage).flat().join(' ')).toContain(`chown 101:101 ${writable}`);
});

test('OCI labels come from build arguments', () => {
  const labels = argumentsOf('LABEL', finalStage).flat().join(' ');
  for (const [label, argument] of [
    ['source', 'SOURCE'],
    ['revision', 'REVISION'],
    ['created', 'CREATED'],
  ]) {
    expect(labels).toContain(`org.opencontainers.image.${label}="\${${argument}}"`);
    expect(argumentsOf('ARG', finalStage).flat().join(' ')).toContain(argument);
  }
});

test('the HEALTHCHECK asks a path that the server answers with 200', async () => {
  const healthcheck = argumentsOf('HEALTHCHECK', finalStage)[0]!.join(' ');
  const url = /http:\/\/127\.0\.0\.1:(\d+)(\/\S*)/.exec(healthcheck);
  expect(url?.[1]).toBe('8080');
  const response = await rawGet(url![2]!);
  expect(response.status).toBe(200);
});
