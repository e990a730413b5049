/**
 * The load of `npm run bench`: signed-in clients that GET one page as fast as the server answers,
 * for a warm-up and then for the measured time, each client waiting for its answer before asking
 * again (closed loop). Only answers of 200 count as successes; anything else, a redirect to the
 * sign-in page included, is an error.
 */
import { performance } from "node:perf_hooks";
import { summarize, type LatencySummary } from "./latency";
import { Client, describe, signIn } from "./web-client";

export type LoadOptions = {
  path: string;
  warmupSeconds: number;
  seconds: number;
  /**
   * Run by the client before each request and not timed (the report's cold path: a change that
   * empties its cache); it answers why it failed, or null. A failure counts as the request's error.
   */
  before?: (client: Client) => Promise<string | null>;
};

export type LoadResult = LatencySummary & {
  elapsedSeconds: number;
  throughput: number;
  errors: number;
  errorReasons: Map<string, number>;
  /** The size of the last page answered with 200, in bytes (a sanity check that the page rendered). */
  pageBytes: number;
};

/**
 * Signs `count` clients in through the real form, one after another (each sign-in hashes a
 * password), client i on instance i modulo their number: any first n of them are spread evenly.
 * Every instance shares the database and the secret, so a session is good on each.
 */
export async function signedInClients(bases: readonly string[], email: string, password: string, count: number): Promise<Client[]> {
  const clients: Client[] = [];
  for (let index = 0; index < count; index++) {
    const client = new Client(bases[index % bases.length]!);
    await signIn(client, email, password);
    clients.push(client);
  }
  return clients;
}

/** One request as the load makes it: null on 200, else why it failed. */
export async function fetchPage(client: Client, path: string): Promise<{ failure: string | null; bytes: number }> {
  try {
    const response = await client.request(path);
    if (response.status === 200) return { failure: null, bytes: Buffer.byteLength(response.body) };
    return { failure: `HTTP ${response.status}${response.location ? ` → ${response.location}` : ""}`, bytes: 0 };
  } catch (error) {
    return { failure: describe(error), bytes: 0 };
  }
}

async function drive(clients: Client[], options: LoadOptions, seconds: number, onAnswer: (milliseconds: number, failure: string | null, bytes: number) => void): Promise<number> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const unready = options.before ? await options.before(client).catch((error: unknown) => describe(error)) : null;
        if (unready) {
          onAnswer(Number.NaN, `before the request: ${unready}`, 0);
          continue;
        }
        const requestStarted = performance.now();
        const { failure, bytes } = await fetchPage(client, options.path);
        onAnswer(performance.now() - requestStarted, failure, bytes);
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function runLoad(options: LoadOptions, clients: Client[]): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await drive(clients, options, options.warmupSeconds, () => undefined);
  const latencies: number[] = [];
  const errorReasons = new Map<string, number>();
  let pageBytes = 0;
  const elapsedSeconds = await drive(clients, options, options.seconds, (milliseconds, failure, bytes) => {
    if (!Number.isNaN(milliseconds)) latencies.push(milliseconds);
    if (failure) errorReasons.set(failure, (errorReasons.get(failure) ?? 0) + 1);
    else pageBytes = bytes;
  });
  const errors = [...errorReasons.values()].reduce((sum, count) => sum + count, 0);
  return { ...summarize(latencies), elapsedSeconds, throughput: latencies.length / elapsedSeconds, errors, errorReasons, pageBytes };
}
