import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NotificationKind } from "../../generated/graphql";
import { NotificationsPage } from "./NotificationsPage";
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from "../../generated/graphql";

// The notification centre against a small fake of the API (MockedProvider with result functions over one
// mutable list): grouped by day, unread ones marked, marked read one by one and all at once.

// Sunday 6 December 2026, 10:00 in Amsterdam.
const NOW = new Date("2026-12-06T09:00:00Z");

interface Row {
  id: string;
  kind: NotificationKind;
  message: string;
  createdAt: string;
  readAt: string | null;
  caseId: string;
}

let rows: Row[];
let markAllCalls: { upTo?: string | null }[];

function notification(r: Row) {
  return {
    __typename: "Notification",
    id: r.id,
    kind: r.kind,
    itemId: null,
    message: r.message,
    createdAt: r.createdAt,
    readAt: r.readAt,
    case: { __typename: "Case", id: r.caseId, reference: `REF-${r.caseId}`, title: `Gezin ${r.caseId}` },
  };
}

const unreadCount = () => rows.filter((r) => !r.readAt).length;

const FOREVER = Number.POSITIVE_INFINITY;

function mocks(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: MyNotificationsDocument, variables: { unreadOnly: false } },
      result: () => ({ data: { myNotifications: rows.map(notification) } }),
      maxUsageCount: FOREVER,
    },
    {
      request: { query: UnreadNotificationCountDocument },
      result: () => ({ data: { unreadNotificationCount: unreadCount() } }),
      maxUsageCount: FOREVER,
    },
    {
      request: { query: MarkNotificationReadDocument, variables: () => true },
      result: (variables: { id: string }) => {
        const row = rows.find((r) => r.id === variables.id)!;
        row.readAt ??= NOW.toISOString();
        return {
          data: { markNotificationRead: { __typename: "Notification", id: row.id, readAt: row.readAt } },
        };
      },
      maxUsageCount: FOREVER,
    },
    {
      request: { query: MarkAllNotificationsReadDocument, variables: () => true },
      result: (variables: { upTo?: string | null }) => {
        markAllCalls.push(variables);
        const limit = variables.upTo ? Date.parse(variables.upTo) : Infinity;
        const marked = rows.filter((r) => !r.readAt && Date.parse(r.createdAt) <= limit);
        for (const r of marked) r.readAt = NOW.toISOString();
        return {
          data: {
            markAllNotificationsRead: {
              __typename: "MarkAllNotificationsReadPayload",
              marked: marked.length,
              unreadCount: unreadCount(),
            },
          },
        };
      },
      maxUsageCount: FOREVER,
    },
  ];
}

function renderPage() {
  return render(
    <MockedProvider mocks={mocks()}>
      <MemoryRouter>
        <NotificationsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  markAllCalls = [];
  rows = [
    {
      id: "n1",
      kind: "ACUTE_SAFETY",
      message: "Acute onveiligheid gemeld in casus REF-a",
      createdAt: "2026-12-06T08:30:00.000Z",
      readAt: null,
      caseId: "a",
    },
    {
      id: "n2",
      kind: "PLAN_AWAITS_APPROVAL",
      message: "Het gezinsplan van casus REF-b wacht op vaststelling",
      createdAt: "2026-12-05T23:15:00.000Z", // 00:15 today in Amsterdam
      readAt: null,
      caseId: "b",
    },
    {
      id: "n3",
      kind: "GRANT_EXPIRING",
      message: "Een toestemming in casus REF-c verloopt binnen 14 dagen",
      createdAt: "2026-12-05T12:00:00.000Z",
      readAt: "2026-12-05T13:00:00.000Z",
      caseId: "c",
    },
    {
      id: "n4",
      kind: "CASE_STALLED",
      message: "Casus REF-d staat stil",
      createdAt: "2026-12-01T07:00:00.000Z",
      readAt: null,
      caseId: "d",
    },
  ];
});

afterEach(() => {
  vi.useRealTimers();
});

describe("NotificationsPage", () => {
  it("groups the notifications by day, newest first, each linking to the page of its case to act on", async () => {
    renderPage();
    const days = await screen.findAllByRole("heading", { level: 2 });
    expect(days.map((h) => h.textContent)).toEqual(["Vandaag", "Gisteren", "dinsdag 1 december 2026"]);

    const today = screen.getByRole("region", { name: "Vandaag" });
    const todays = within(today).getAllByRole("listitem");
    expect(todays.map((li) => li.getAttribute("data-kind"))).toEqual([
      "ACUTE_SAFETY",
      "PLAN_AWAITS_APPROVAL",
    ]);
    expect(within(todays[0]!).getByRole("link").getAttribute("href")).toBe("/casussen/a/beeld");
    expect(within(todays[0]!).getByRole("link").textContent).toBe("Veiligheid bekijken: REF-a – Gezin a");
    expect(within(todays[1]!).getByRole("link").getAttribute("href")).toBe("/casussen/b/plan");
    expect(todays[1]!.textContent).toContain("Plan vaststellen");
    expect(todays[1]!.textContent).toContain("00:15");

    const yesterday = screen.getByRole("region", { name: "Gisteren" });
    expect(within(yesterday).getByRole("link").getAttribute("href")).toBe("/casussen/c/toestemmingen");
    const older = screen.getByRole("region", { name: "dinsdag 1 december 2026" });
    expect(within(older).getByRole("link").getAttribute("href")).toBe("/casussen/d");
    expect(within(older).getByText("Stilstand")).toBeTruthy();
  });

  it("shows which are unread and how many, with the acute one as an alert", async () => {
    renderPage();
    await screen.findByText("3 ongelezen meldingen");
    const items = screen.getAllByRole("listitem");
    const unread = items.filter((li) => li.classList.contains("rh-notification--unread"));
    expect(unread.map((li) => li.getAttribute("data-kind"))).toEqual([
      "ACUTE_SAFETY",
      "PLAN_AWAITS_APPROVAL",
      "CASE_STALLED",
    ]);
    expect(within(unread[0]!).getByRole("alert").textContent).toContain("Ongelezen:");
    // the read one has no "Ongelezen" and no button
    const read = items.find((li) => li.getAttribute("data-kind") === "GRANT_EXPIRING")!;
    expect(read.textContent).not.toContain("Ongelezen");
    expect(within(read).queryByRole("button")).toBeNull();
    // each button says which notification it marks
    expect(
      screen.getByRole("button", { name: /^Markeer als gelezen\s*: Casus REF-d staat stil$/ }),
    ).toBeTruthy();
  });

  it("marks one read: it is no longer unread and the count goes down", async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText("3 ongelezen meldingen");
    await user.click(
      screen.getByRole("button", { name: /^Markeer als gelezen\s*: Het gezinsplan van casus REF-b/ }),
    );
    await screen.findByText("2 ongelezen meldingen");
    const plan = screen
      .getAllByRole("listitem")
      .find((li) => li.getAttribute("data-kind") === "PLAN_AWAITS_APPROVAL")!;
    await waitFor(() => expect(plan.classList.contains("rh-notification--unread")).toBe(false));
    expect(within(plan).queryByRole("button")).toBeNull();
    expect(rows.find((r) => r.id === "n2")!.readAt).not.toBeNull();
    expect(rows.filter((r) => !r.readAt).map((r) => r.id)).toEqual(["n1", "n4"]);
  });

  it("marks all read up to the newest one shown, and says so", async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText("3 ongelezen meldingen");
    await user.click(screen.getByRole("button", { name: "Alles als gelezen markeren" }));
    await screen.findByText("3 meldingen als gelezen gemarkeerd.");
    expect(markAllCalls).toEqual([{ upTo: "2026-12-06T08:30:00.000Z" }]);
    await screen.findByText("Alle meldingen zijn gelezen.");
    await waitFor(() => expect(document.querySelectorAll(".rh-notification--unread")).toHaveLength(0));
    expect(screen.queryByRole("button", { name: "Alles als gelezen markeren" })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("3 meldingen als gelezen gemarkeerd.");
  });

  it("filters to the unread ones", async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText("3 ongelezen meldingen");
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
    await user.click(screen.getByRole("checkbox", { name: "Alleen ongelezen meldingen" }));
    expect(screen.getAllByRole("listitem").map((li) => li.getAttribute("data-kind"))).toEqual([
      "ACUTE_SAFETY",
      "PLAN_AWAITS_APPROVAL",
      "CASE_STALLED",
    ]);
    expect(screen.queryByRole("region", { name: "Gisteren" })).toBeNull();
  });

  it("says when there are none", async () => {
    rows = [];
    renderPage();
    await screen.findByText("U heeft geen meldingen.");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
