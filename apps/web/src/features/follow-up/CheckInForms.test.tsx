import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { GraphQLError } from "graphql";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CheckInForm, IntervalForm } from "./CheckInForms";
import { RecordCheckInDocument, SetCheckInIntervalDocument } from "../../generated/graphql";

// The regiegesprek forms against a fake of the API: the server's field errors at their fields, a
// confirmation once saved, and a number of weeks checked before sending.

const TODAY = "2026-03-02";
const changed = {
  __typename: "Case",
  id: "c1",
  version: 2,
  phase: "EXECUTION",
  closedOn: null,
  allowedPhaseTransitions: [],
};
const checkIn = (cooperation: string) => ({
  caseId: "c1",
  heldOn: TODAY,
  cooperation,
  budget: null,
  obstacles: null,
  nextCheckInOn: null,
});

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: RecordCheckInDocument, variables: { input: checkIn("") } },
    result: {
      errors: [
        new GraphQLError("Ongeldige invoer", {
          extensions: {
            code: "BAD_USER_INPUT",
            fieldErrors: [{ path: "input.cooperation", message: "Beschrijf de samenwerking." }],
          },
        }),
      ],
    },
  },
  {
    request: { query: RecordCheckInDocument, variables: { input: checkIn("Wekelijks overleg") } },
    result: { data: { recordCheckIn: changed } },
  },
  {
    request: { query: SetCheckInIntervalDocument, variables: { input: { caseId: "c1", weeks: 4 } } },
    result: { data: { setCheckInInterval: changed } },
  },
];

describe("the regiegesprek forms", () => {
  it("shows the server's message at the field, then confirms the regiegesprek and empties the form", async () => {
    const onChanged = vi.fn(async () => {});
    render(
      <MockedProvider mocks={mocks}>
        <CheckInForm caseId="c1" today={TODAY} weeks={6} onChanged={onChanged} />
      </MockedProvider>,
    );
    const form = screen.getByRole("form", { name: "Regiegesprek vastleggen" });
    const submit = within(form).getByRole("button", { name: "Regiegesprek vastleggen" });
    await userEvent.click(submit);
    const cooperation = within(form).getByLabelText("Samenwerking");
    await waitFor(() => expect(cooperation.getAttribute("aria-invalid")).toBe("true"));
    expect(cooperation.getAttribute("aria-describedby")).toContain("check-in-cooperation-error");
    expect(within(form).getByText("Leeg: 6 weken na dit gesprek.")).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.type(cooperation, "Wekelijks overleg");
    await userEvent.click(submit);
    await screen.findByText("Het regiegesprek is vastgelegd.");
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((cooperation as HTMLTextAreaElement).value).toBe("");
    expect(cooperation.getAttribute("aria-invalid")).toBeNull();
  });

  it("checks the number of weeks before sending, then confirms the new interval", async () => {
    render(
      <MockedProvider mocks={mocks}>
        <IntervalForm caseId="c1" weeks={6} onChanged={async () => {}} />
      </MockedProvider>,
    );
    const form = screen.getByRole("form", { name: "Termijn tussen regiegesprekken" });
    const weeks = within(form).getByLabelText("Aantal weken");
    await userEvent.clear(weeks);
    await userEvent.type(weeks, "vier");
    await userEvent.click(within(form).getByRole("button", { name: "Termijn opslaan" }));
    await within(form).findByText("Vul een heel aantal weken in, van 1 tot en met 26.");
    await waitFor(() => expect(document.activeElement).toBe(weeks));

    await userEvent.clear(weeks);
    await userEvent.type(weeks, "4");
    await userEvent.click(within(form).getByRole("button", { name: "Termijn opslaan" }));
    await screen.findByText("De termijn is nu 4 weken.");
  });
});
