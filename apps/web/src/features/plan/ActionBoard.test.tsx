import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { ACTION_TRANSITIONS as TRANSITIONS } from "./fixtures";
import type { ActionScope, ActionStatus } from "../../generated/graphql";
import { ActionBoard } from "./ActionBoard";
import type { BoardAction } from "./types";
import { ChangePlanActionStatusDocument } from "../../generated/graphql";

// The action board of a case as the viewer sees it: a column per status, one quick status control per card
// (where the viewer may change it), late ones marked, and a card changed by someone else marked and announced.

interface Part {
  status?: ActionStatus;
  overdue?: boolean;
  version?: number;
  canChange?: boolean;
  redacted?: boolean;
}

function action(id: string, title: string, part: Part = {}): BoardAction {
  const status = part.status ?? "OPEN";
  return {
    __typename: "Action",
    id,
    version: part.version ?? 1,
    redacted: part.redacted ?? false,
    domain: "FINANCES",
    goalId: `goal-${id}`,
    viewerCan: part.canChange === false ? [] : ["CHANGE_STATUS"],
    title: part.redacted ? null : title,
    description: null,
    status: part.redacted ? null : status,
    statusReason: null,
    statusChangedAt: "2026-03-01T09:00:00Z",
    dueOn: "2026-03-01",
    overdue: part.overdue ?? false,
    allowedTransitions: TRANSITIONS[status],
    ownerOrganisation: { __typename: "Organisation", id: "org", name: "Stichting Geldwijs" },
    ownerProfessional: { __typename: "Professional", id: "pro", name: "Bas Meijer" },
    doorbraak: null,
    goal: {
      __typename: "Goal",
      id: `goal-${id}`,
      redacted: false,
      domain: "FINANCES",
      familyWording: "Rust over geld",
    },
  } as BoardAction;
}

function statusChanged(node: BoardAction, status: ActionStatus): MockLink.MockedResponse {
  const { goal: _goal, ...row } = node;
  return {
    request: {
      query: ChangePlanActionStatusDocument,
      variables: { input: { actionId: node.id, version: node.version, status, reason: null } },
    },
    result: {
      data: {
        changeActionStatus: {
          ...row,
          version: node.version + 1,
          status,
          allowedTransitions: TRANSITIONS[status],
        },
      },
    },
  };
}

const DEBTS = action("debts", "Schulden op een rij", { overdue: true });
const BUDGET = action("budget", "Budgetcursus zoeken", { status: "IN_PROGRESS" });
const LETTERS = action("letters", "Post samen openen", { status: "DONE", canChange: false });

function setup(actions: BoardAction[], mocks: MockLink.MockedResponse[] = [], scope: ActionScope = "ALL") {
  const onChanged = vi.fn(async () => {});
  const ui = (list: BoardAction[]): ReactNode => (
    <MockedProvider mocks={mocks}>
      <ActionBoard actions={list} scope={scope} resetKey={`case|${scope}`} onChanged={onChanged} />
    </MockedProvider>
  );
  const view = render(ui(actions));
  return { onChanged, rerender: (list: BoardAction[]) => view.rerender(ui(list)) };
}

const card = (title: string) => screen.getByRole("article", { name: title });
const column = (name: RegExp) => screen.getByRole("region", { name });

describe("the action board", () => {
  it("shows a column per status, each card in the column of its status, and counts them", () => {
    setup([DEBTS, BUDGET, LETTERS]);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "Open (1)",
      "Mee bezig (1)",
      "Geblokkeerd (0)",
      "Afgerond (1)",
      "Geannuleerd (0)",
    ]);
    expect(within(column(/^Open/)).getByRole("article", { name: "Schulden op een rij" })).toBeTruthy();
    expect(within(column(/^Mee bezig/)).getByRole("article", { name: "Budgetcursus zoeken" })).toBeTruthy();
    expect(within(column(/^Geblokkeerd/)).getByText("Geen acties.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("3 acties, waarvan 1 te laat");
    expect(within(card("Budgetcursus zoeken")).getByText("Stichting Geldwijs (Bas Meijer)")).toBeTruthy();
    expect(within(card("Budgetcursus zoeken")).getByText("Rust over geld (Financiën)")).toBeTruthy();
  });

  it("marks late ones in words, not only in colour", () => {
    setup([DEBTS, BUDGET]);
    expect(
      within(card("Schulden op een rij")).getByText("Te laat", { selector: ".rh-overdue" }),
    ).toBeTruthy();
    expect(card("Schulden op een rij").className).toContain("rh-board-card--overdue");
    expect(within(card("Budgetcursus zoeken")).queryByText("Te laat")).toBeNull();
  });

  it("gives each card the viewer may change one quick status control, saved as soon as another is chosen", async () => {
    const user = userEvent.setup();
    const { onChanged } = setup([DEBTS, BUDGET, LETTERS], [statusChanged(BUDGET, "DONE")]);
    expect(within(card("Schulden op een rij")).getAllByRole("combobox")).toHaveLength(1);
    expect(within(card("Post samen openen")).queryByRole("combobox")).toBeNull();
    const select = within(card("Budgetcursus zoeken")).getByRole("combobox", { name: /^Status/ });
    expect(select.getAttribute("aria-labelledby")).toContain("board-action-budget-heading");
    await user.selectOptions(select, "DONE");
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith("‘Budgetcursus zoeken’ staat nu op afgerond."),
    );
  });

  it("marks a card changed by someone else and announces it politely; nothing else", () => {
    const { rerender } = setup([DEBTS, BUDGET]);
    expect(screen.queryByText("Zojuist gewijzigd")).toBeNull();
    rerender([DEBTS, action("budget", "Budgetcursus zoeken", { status: "BLOCKED", version: 2 })]);
    const changed = within(column(/^Geblokkeerd/)).getByRole("article", { name: "Budgetcursus zoeken" });
    expect(within(changed).getByText("Zojuist gewijzigd")).toBeTruthy();
    expect(changed.className).toContain("rh-live-changed");
    expect(within(card("Schulden op een rij")).queryByText("Zojuist gewijzigd")).toBeNull();
    const announcement = screen.getByTestId("live-announcement");
    expect(announcement.textContent).toBe("‘Budgetcursus zoeken’ is gewijzigd: nu geblokkeerd.");
    expect(announcement.getAttribute("aria-live")).toBe("polite");
  });

  it("counts the actions outside the viewer's consent, and says when there are none", () => {
    setup([DEBTS, action("hidden", "", { redacted: true })]);
    expect(screen.getByText("1 actie vallen buiten de toestemming die uw organisatie heeft.")).toBeTruthy();
  });

  it("says there are no actions in words that fit the choice", () => {
    setup([], [], "MINE");
    expect(screen.getByText("U heeft geen acties in deze casus.")).toBeTruthy();
    expect(screen.queryByRole("region")).toBeNull();
  });
});
