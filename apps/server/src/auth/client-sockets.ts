// Open WebSockets of partner systems, by API client, so that revoking a client closes them at once (4403):
// in this instance when the revocation is made here (`revoked`), and in every instance by a periodic check of
// the clients with open sockets (`sweep`, one query for all of them). Each socket's own re-check before every
// operation (`Authenticator.refresh`) refuses a revoked client as well.

type Close = () => void;

export class ClientSockets {
  private readonly open = new Map<string, Set<Close>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** The ids among `clientIds` that are revoked now. */
    private readonly revokedAmong: (clientIds: string[]) => Promise<string[]>,
    private readonly sweepMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Follows one socket of a client; `close` closes it (4403). Returns the function to call when it closed. */
  watch(clientId: string, close: Close): () => void {
    let sockets = this.open.get(clientId);
    if (!sockets) this.open.set(clientId, (sockets = new Set()));
    sockets.add(close);
    this.timer ??= setInterval(() => void this.sweep().catch(this.onError), this.sweepMs).unref();
    return () => {
      sockets.delete(close);
      if (sockets.size === 0 && this.open.get(clientId) === sockets) this.open.delete(clientId);
      if (this.open.size === 0) this.stopTimer();
    };
  }

  /** Closes every open socket of a client that was revoked; returns how many. */
  revoked(clientId: string): number {
    const sockets = this.open.get(clientId);
    if (!sockets) return 0;
    this.open.delete(clientId);
    if (this.open.size === 0) this.stopTimer();
    for (const close of sockets) close();
    return sockets.size;
  }

  /** Closes the sockets of the clients that were revoked meanwhile (on any instance). */
  async sweep(): Promise<void> {
    if (this.open.size === 0) return;
    for (const clientId of await this.revokedAmong([...this.open.keys()])) this.revoked(clientId);
  }

  /** Clients with open sockets here (tests, metrics). */
  get clients(): number {
    return this.open.size;
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
