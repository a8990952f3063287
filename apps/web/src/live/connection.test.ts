import { describe, expect, it } from "vitest";
import {
  afterClose,
  getLiveConnection,
  holdLiveSubscription,
  indicatorFor,
  liveConnectionEvents,
  type LiveConnectionState,
} from "./connection";

const state = (socket: LiveConnectionState["socket"], subscriptions = 1): LiveConnectionState => ({
  socket,
  subscriptions,
});

describe("the live connection indicator", () => {
  it("shows Live when connected, reconnecting while the socket is restored, nothing without live pages", () => {
    expect(indicatorFor(state("connected"))).toBe("live");
    expect(indicatorFor(state("connecting"))).toBe("connecting");
    expect(indicatorFor(state("reconnecting"))).toBe("reconnecting");
    expect(indicatorFor(state("idle"))).toBe("connecting");
    expect(indicatorFor(state("idle", 0))).toBeNull();
    expect(indicatorFor(state("reconnecting", 0))).toBeNull();
    // A socket kept open between two pages with live updates stays "Live".
    expect(indicatorFor(state("connected", 0))).toBe("live");
    expect(indicatorFor(state("stopped"))).toBe("stopped");
    expect(indicatorFor(state("stopped", 0))).toBeNull();
  });

  it("follows close codes: 4413 and lost networks reconnect, 4403 stops, 1000 and 4401 are idle", () => {
    expect(afterClose(state("connected"), 4413).socket).toBe("reconnecting");
    expect(afterClose(state("connected"), 1006).socket).toBe("reconnecting");
    expect(afterClose(state("connected"), 4499).socket).toBe("reconnecting");
    expect(afterClose(state("connected"), undefined).socket).toBe("reconnecting");
    expect(afterClose(state("connected"), 4403).socket).toBe("stopped");
    expect(afterClose(state("connected"), 4401).socket).toBe("idle");
    expect(afterClose(state("connected"), 1000).socket).toBe("idle");
  });

  it("is fed by the client's events and the pages' subscriptions", () => {
    const release = holdLiveSubscription();
    liveConnectionEvents.connecting(false);
    expect(indicatorFor(getLiveConnection())).toBe("connecting");
    liveConnectionEvents.connected();
    expect(indicatorFor(getLiveConnection())).toBe("live");
    liveConnectionEvents.closed(4413);
    expect(indicatorFor(getLiveConnection())).toBe("reconnecting");
    // graphql-ws's next attempt is a retry: still "Opnieuw verbinden…" until acknowledged.
    liveConnectionEvents.connecting(true);
    expect(indicatorFor(getLiveConnection())).toBe("reconnecting");
    liveConnectionEvents.connected();
    expect(indicatorFor(getLiveConnection())).toBe("live");
    release();
    release(); // twice is once
    expect(getLiveConnection().subscriptions).toBe(0);
    liveConnectionEvents.closed(1000);
    expect(indicatorFor(getLiveConnection())).toBeNull();
  });
});
