export interface CacheAdapter {
  readonly name: "redis" | "memory";
  /** null on a miss or after expiry. Values are strings: callers choose their own encoding. */
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  /** For the health check: true when the backing store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type PubSubListener = (message: string) => void | Promise<void>;
export type Unsubscribe = () => Promise<void>;

export interface PubSub {
  readonly name: "redis" | "memory";
  publish(channel: string, message: string): Promise<void>;
  /**
   * Resolves once the subscription is active (for Redis, once the server confirmed it),
   * so a publish issued after the await is never missed.
   */
  subscribe(channel: string, listener: PubSubListener): Promise<Unsubscribe>;
  close(): Promise<void>;
}
