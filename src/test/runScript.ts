// Runs one of scripts/ as people and CI do, as a real process: Node with tsx, no npx in between
// (it costs a second a run on a busy machine). Resolves with the exit code and the output.
import { spawn } from 'node:child_process';

export type ScriptRun = { code: number; stdout: string; stderr: string; output: string };

export function runScript(
  script: string,
  args: string[] = [],
  options: { env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {},
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : -1),
        stdout,
        stderr,
        output: stdout + stderr,
      }),
    );
    child.stdin.end(options.input ?? '');
  });
}
