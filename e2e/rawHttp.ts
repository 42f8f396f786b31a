// Plain HTTP requests with exact control of the headers sent and no decompression: what curl shows.
// They go to BASE_URL when set (the image under test in CI), else to the local server.
import http from 'node:http';
import https from 'node:https';
import { expect } from '@playwright/test';
import { LOCAL_BASE_URL } from './localServer.ts';

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
};

export function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const url = new URL(path, process.env.BASE_URL ?? LOCAL_BASE_URL);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on('error', reject);
    request.setTimeout(5000, () => request.destroy(new Error(`GET ${path} timed out`)));
  });
}

/** Each path answers 200 with exactly its Content-Type. */
export async function expectServedAs(contentTypes: Record<string, string>): Promise<void> {
  for (const [url, type] of Object.entries(contentTypes)) {
    const response = await rawGet(url);
    expect(response.status, url).toBe(200);
    expect(response.headers['content-type'], url).toBe(type);
  }
}
