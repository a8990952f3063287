import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ClimbForm } from "./ClimbForm";
import type { CaseLadder, LadderTable } from "./types";
import { DeescalateCaseDocument, EscalateCaseDocument } from "../../generated/graphql";

// Op- of afschalen against a fake of the API: what is missing is said at the fields before anything is sent;
// a climb up or down sends the matching mutation and confirms it in words.

function table(id: string, name: string, level: number): LadderTable {
  return {
    __typename: "EscalationTable",
    id,
    name,
    level,
    active: true,
    decidesFramework: false,
    organisation: { __typename: "Organisation", id: "org", name: "Gemeente" },
    chair: null,
  } as LadderTable;
}

const TABLES = [table("t1", "Wijkteamoverleg", 1), table("t3", "Zorg- en Veiligheidshuis", 3)];
const LADDER = { id: "c1", version: 4, escalationLevel: 2 } as CaseLadder;
const input = { caseId: "c1", version: 4, reason: "Politie betrokken", decision: null, decidedOn: null };

function mocks(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: EscalateCaseDocument, variables: { input: { ...input, tableId: "t3" } } },
      result: {
        data: { escalateCase: { __typename: "Case", id: "c1", version: 5, escalationLevel: 3 } },
      },
    },
    {
      request: { query: DeescalateCaseDocument, variables: { input: { ...input, tableId: null } } },
      result: {
        data: { deescalateCase: { __typename: "Case", id: "c1", version: 5, escalationLevel: 0 } },
      },
    },
  ];
}

function renderForm() {
  const onDone = vi.fn(async () => {});
  render(
    <MockedProvider mocks={mocks()}>
      <ClimbForm ladder={LADDER} tables={TABLES} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, form: screen.getByRole("form", { name: "Op- of afschalen" }) };
}

describe("ClimbForm", () => {
  it("says at the fields what is missing, focuses the first, and sends nothing", async () => {
    const { onDone, form } = renderForm();
    await userEvent.click(within(form).getByRole("button", { name: "Vastleggen" }));
    const select = within(form).getByLabelText("Naar tafel");
    await waitFor(() => expect(select.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Kies naar welke tafel de casus gaat.")).toBeTruthy();
    expect(within(form).getByText("Geef een reden.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(select));
    expect(onDone).not.toHaveBeenCalled();
  });

  it("offers higher and lower tables and none, escalates and confirms", async () => {
    const { onDone, form } = renderForm();
    const options = within(form)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual([
      "Kies een tafel",
      "Opschalen naar Zorg- en Veiligheidshuis (niveau 3)",
      "Afschalen naar Wijkteamoverleg (niveau 1)",
      "Afschalen: geen tafel (niveau 0)",
    ]);
    await userEvent.selectOptions(within(form).getByLabelText("Naar tafel"), "t3");
    await userEvent.type(within(form).getByLabelText("Reden"), "Politie betrokken");
    await userEvent.click(within(form).getByRole("button", { name: "Vastleggen" }));
    await screen.findByText("De casus is opgeschaald naar Zorg- en Veiligheidshuis.");
    expect(onDone).toHaveBeenCalledTimes(1);
    expect((within(form).getByLabelText("Reden") as HTMLTextAreaElement).value).toBe("");
  });

  it("takes the case off the ladder", async () => {
    const { form } = renderForm();
    await userEvent.selectOptions(within(form).getByLabelText("Naar tafel"), "none");
    await userEvent.type(within(form).getByLabelText("Reden"), "Politie betrokken");
    await userEvent.click(within(form).getByRole("button", { name: "Vastleggen" }));
    await screen.findByText("De casus is afgeschaald: geen tafel meer.");
  });
});
