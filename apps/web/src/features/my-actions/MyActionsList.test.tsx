import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACTION_TRANSITIONS as TRANSITIONS } from "../plan/fixtures";
import type { ActionStatus } from "../../generated/graphql";
import { HIGHLIGHT_MS } from "../../live/useLiveHighlight";
import { MyActionsFilters } from "./MyActionsFilters";
import { MyActionsList } from "./MyActionsList";
import type { MyActionEdge } from "./types";
import { ChangePlanActionStatusDocument } from "../../generated/graphql";

// "Mijn acties" as the viewer sees it: late ones first, the quick status control (saved on change, a reason
// first where the domain asks one), a live change marked and announced (not the viewer's own), the filters.

// Wednesday 11 March 2026.
const TODAY = "2026-03-11";
function action(
  id: string,
  title: string,
  part: { status?: ActionStatus; dueOn?: string | null; overdue?: boolean; version?: number } = {},
) {
  const status = part.status ?? "OPEN";
  return {
    __typename: "Action" as const,
    id,
    version: part.version ?? 1,
    domain: "EDUCATION" as const,
    title,
    status,
    statusReason: null,
    dueOn: part.dueOn ?? null,
    overdue: part.overdue ?? false,
    allowedTransitions: TRANSITIONS[status],
    viewerCan: ["CHANGE_STATUS" as const],
    ownerOrganisation: { __typename: "Organisation" as const, id: "org", name: "Lindecollege" },
    ownerProfessional: null,
    goal: {
      __typename: "Goal" as const,
      id: `goal-${id}`,
      redacted: false,
      familyWording: "Elke dag naar school",
    },
  };
}

function edge(node: ReturnType<typeof action>, caseTitle = "Gezin Veenstra"): MyActionEdge {
  return {
    __typename: "ActionEdge",
    cursor: `c-${node.id}`,
    case: { __typename: "Case", id: `case-${caseTitle}`, title: caseTitle, reference: "RH-2026-0001" },
    node,
  } as MyActionEdge;
}

function statusChanged(
  node: ReturnType<typeof action>,
  status: ActionStatus,
  reason: string | null,
): MockLink.MockedResponse {
  return {
    request: {
      query: ChangePlanActionStatusDocument,
      variables: { input: { actionId: node.id, version: node.version, status, reason } },
    },
    result: {
      data: {
        changeActionStatus: {
          ...node,
          version: node.version + 1,
          status,
          statusReason: reason,
          allowedTransitions: TRANSITIONS[status],
          redacted: false,
          goalId: `goal-${node.id}`,
          description: null,
          statusChangedAt: "2026-03-11T09:00:00Z",
          doorbraak: null,
        },
      },
    },
  };
}

const LATE = action("late", "Gesprek met mentor", { dueOn: "2026-03-01", overdue: true });
const WEEK = action("week", "Rooster aanpassen", { dueOn: "2026-03-13" });
const LATER = action("later", "Huiswerkbegeleiding regelen", { dueOn: "2026-05-01" });

function setup(edges: MyActionEdge[], mocks: MockLink.MockedResponse[] = [], resetKey = "filters") {
  const onChanged = vi.fn(async () => {});
  const ui = (list: MyActionEdge[], key: string): ReactNode => (
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <MyActionsList edges={list} today={TODAY} resetKey={key} onChanged={onChanged} />
      </MemoryRouter>
    </MockedProvider>
  );
  const view = render(ui(edges, resetKey));
  return { onChanged, rerender: (list: MyActionEdge[], key = resetKey) => view.rerender(ui(list, key)) };
}

const card = (title: string) => screen.getByRole("article", { name: title });
const announcement = () => screen.getByTestId("live-announcement").textContent;

afterEach(() => {
  vi.useRealTimers();
});

describe("the list", () => {
  it("shows late ones first, then this week, then later, whatever order they came in", () => {
    setup([edge(LATER), edge(WEEK), edge(LATE)]);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Te laat (1)", "Deze week (1)", "Later of zonder datum (1)"]);
    const late = within(screen.getByRole("region", { name: "Te laat (1)" }));
    expect(late.getByRole("article", { name: "Gesprek met mentor" })).toBeTruthy();
    expect(within(card("Gesprek met mentor")).getByText("Te laat", { selector: ".rh-overdue" })).toBeTruthy();
    expect(
      within(card("Rooster aanpassen")).getByRole("link", { name: "Gezin Veenstra (RH-2026-0001)" }),
    ).toBeTruthy();
  });
});

describe("a live change", () => {
  it("marks the changed action and announces it politely; nothing else", () => {
    const { rerender } = setup([edge(LATE), edge(WEEK)]);
    expect(screen.queryByText("Zojuist gewijzigd")).toBeNull();
    rerender([edge(LATE), edge({ ...WEEK, version: 2, status: "IN_PROGRESS" })]);
    expect(within(card("Rooster aanpassen")).getByText("Zojuist gewijzigd")).toBeTruthy();
    expect(card("Rooster aanpassen").className).toContain("rh-live-changed");
    expect(within(card("Gesprek met mentor")).queryByText("Zojuist gewijzigd")).toBeNull();
    expect(announcement()).toBe("‘Rooster aanpassen’ is gewijzigd: nu mee bezig.");
    expect(screen.getByTestId("live-announcement").getAttribute("aria-live")).toBe("polite");
  });

  it("announces an action that was added, and lets the mark go after a while", () => {
    vi.useFakeTimers();
    const { rerender } = setup([edge(LATE)]);
    rerender([edge(LATE), edge(LATER)]);
    expect(within(card("Huiswerkbegeleiding regelen")).getByText("Zojuist gewijzigd")).toBeTruthy();
    expect(announcement()).toBe("‘Huiswerkbegeleiding regelen’ is toegevoegd: nu open.");
    act(() => {
      vi.advanceTimersByTime(HIGHLIGHT_MS);
    });
    expect(screen.queryByText("Zojuist gewijzigd")).toBeNull();
  });

  it("marks nothing when the filters changed (a new list, not a change)", () => {
    const { rerender } = setup([edge(LATE)]);
    rerender([edge({ ...LATE, version: 3 }), edge(WEEK)], "other filters");
    expect(screen.queryByText("Zojuist gewijzigd")).toBeNull();
    expect(announcement()).toBe("");
  });
});

describe("the quick status control", () => {
  it("saves as soon as another status is chosen, and does not mark the viewer's own change", async () => {
    const user = userEvent.setup();
    const { onChanged, rerender } = setup([edge(WEEK)], [statusChanged(WEEK, "IN_PROGRESS", null)]);
    const select = within(card("Rooster aanpassen")).getByRole("combobox", { name: /Status/ });
    expect((select as HTMLSelectElement).value).toBe("OPEN");
    await user.selectOptions(select, "IN_PROGRESS");
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith("‘Rooster aanpassen’ staat nu op mee bezig."));
    rerender([edge({ ...WEEK, version: 2, status: "IN_PROGRESS" })]);
    expect(screen.queryByText("Zojuist gewijzigd")).toBeNull();
    expect(announcement()).toBe("");
  });

  it("asks the reason first for blocked, and saves it with the reason", async () => {
    const user = userEvent.setup();
    const { onChanged } = setup([edge(WEEK)], [statusChanged(WEEK, "BLOCKED", "Wacht op rooster")]);
    const inCard = within(card("Rooster aanpassen"));
    await user.selectOptions(inCard.getByRole("combobox", { name: /Status/ }), "BLOCKED");
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(inCard.getByRole("button", { name: "Opslaan" }));
    expect(inCard.getByText("Geef de reden.")).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
    await user.type(inCard.getByRole("textbox", { name: /Reden/ }), "Wacht op rooster");
    await user.click(inCard.getByRole("button", { name: "Opslaan" }));
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith("‘Rooster aanpassen’ staat nu op geblokkeerd."),
    );
  });

  it("goes back to the current status on Annuleren, saving nothing", async () => {
    const user = userEvent.setup();
    const { onChanged } = setup([edge(WEEK)]);
    const inCard = within(card("Rooster aanpassen"));
    const select = inCard.getByRole("combobox", { name: /Status/ }) as HTMLSelectElement;
    await user.selectOptions(select, "CANCELLED");
    await user.click(inCard.getByRole("button", { name: "Annuleren" }));
    expect(select.value).toBe("OPEN");
    expect(inCard.queryByRole("textbox")).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe("the filters", () => {
  it("change the choice at once: whose, case, status and order", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const choice = { mine: false, caseId: "", status: "ACTIVE" as const, orderBy: "DUE" as const };
    render(
      <MyActionsFilters
        choice={choice}
        cases={[{ id: "c1", title: "Gezin Veenstra", reference: "RH-1" }]}
        onChange={onChange}
      />,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Casus" }), "c1");
    expect(onChange).toHaveBeenLastCalledWith({ ...choice, caseId: "c1" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "DONE");
    expect(onChange).toHaveBeenLastCalledWith({ ...choice, status: "DONE" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Volgorde" }), "RECENTLY_CHANGED");
    expect(onChange).toHaveBeenLastCalledWith({ ...choice, orderBy: "RECENTLY_CHANGED" });
    await user.click(screen.getByRole("radio", { name: "Alleen mijn eigen acties" }));
    expect(onChange).toHaveBeenLastCalledWith({ ...choice, mine: true });
  });
});
