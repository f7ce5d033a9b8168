// Per-client token bucket. Each client (req.ip, which honours the `trust proxy` setting)
// may burst up to `capacity` requests and then `refillPerSecond` per second. Memory is
// bounded: at most `maxClients` buckets are kept, oldest dropped first.

export interface RateLimitOptions {
  /** Requests a client may send at once. */
  capacity?: number;
  /** Tokens added per second. */
  refillPerSecond?: number;
  /** Buckets kept in memory. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiter {
  /** 0 when allowed, else seconds to wait. */
  take(client: string, now?: number): number;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const capacity = options.capacity ?? 120;
  const refill = options.refillPerSecond ?? 20;
  const maxClients = options.maxClients ?? 10_000;
  // A Map iterates in insertion order; re-inserting on use makes it an LRU.
  const buckets = new Map<string, Bucket>();

  return {
    take(client, now = Date.now()) {
      let bucket = buckets.get(client);
      if (bucket) {
        buckets.delete(client);
        bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refill);
        bucket.at = now;
      } else {
        bucket = { tokens: capacity, at: now };
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
      }
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / refill));
    },
  };
}
