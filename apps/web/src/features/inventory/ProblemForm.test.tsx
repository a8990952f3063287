import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { GraphQLError } from "graphql";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FormDisclosure } from "./FormDisclosure";
import { ProblemForm } from "./ProblemForm";
import { RecordProblemDocument } from "../../generated/graphql";

// "Probleem vastleggen" against a fake of the API: the checks before sending stand at the fields of the rows,
// the server's messages at the field or the row they are about, and a sent problem closes the panel with a
// confirmation.

const PERSONS = [{ id: "p-kim", fullName: "Kim Koopmans" }];

const INPUT = {
  caseId: "c1",
  domain: "EDUCATION",
  dataClass: "GENERAL",
  subjectPersonIds: [],
  title: "Verzuim",
  description: "Kim gaat niet naar school.",
  causes: [{ description: "Onrust thuis", chronic: false }],
  patterns: [],
  statements: [],
};

function mock(result: MockLink.MockedResponse["result"] | undefined, error?: Error): MockLink.MockedResponse {
  return { request: { query: RecordProblemDocument, variables: { input: INPUT } }, result, error };
}

function renderDisclosure(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <FormDisclosure label="Probleem vastleggen" form={ProblemForm} caseId="c1" persons={PERSONS} />
    </MockedProvider>,
  );
}

async function open() {
  await userEvent.click(screen.getByRole("button", { name: "Probleem vastleggen" }));
  return screen.getByRole("form", { name: "Probleem vastleggen" });
}

async function fill(form: HTMLElement, cause: string) {
  await userEvent.selectOptions(within(form).getByLabelText("Leefgebied"), "EDUCATION");
  await userEvent.type(within(form).getByLabelText("Probleem"), "Verzuim");
  await userEvent.type(within(form).getByLabelText("Beschrijving"), "Kim gaat niet naar school.");
  await userEvent.click(within(form).getByRole("button", { name: "Oorzaak toevoegen" }));
  if (cause) await userEvent.type(within(form).getByLabelText("Oorzaak"), cause);
}

describe("ProblemForm", () => {
  it("says at the fields what is missing, also in a row, and sends nothing", async () => {
    renderDisclosure([]);
    const form = await open();
    await userEvent.click(within(form).getByRole("button", { name: "Oorzaak toevoegen" }));
    const cause = within(form).getByLabelText("Oorzaak");
    await waitFor(() => expect(document.activeElement).toBe(cause));
    await userEvent.click(within(form).getByRole("button", { name: "Probleem vastleggen" }));
    await within(form).findByText("Vat het probleem samen in één regel.");
    expect(cause.getAttribute("aria-invalid")).toBe("true");
    expect(within(form).getByText("Beschrijf de oorzaak of verwijder deze rij.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText("Leefgebied")));
    expect(within(form).queryByRole("alert")).toBeNull();
  });

  it("shows the server's messages at the field of a row and under the row's legend", async () => {
    const error = new GraphQLError("Ongeldige invoer", {
      extensions: {
        code: "BAD_USER_INPUT",
        fieldErrors: [
          { path: "input.causes.0.description", message: "Maximaal 500 tekens" },
          { path: "input.causes.0", message: "Deze oorzaak staat er al." },
        ],
      },
    });
    renderDisclosure([mock({ errors: [error] })]);
    const form = await open();
    await fill(form, "Onrust thuis");
    await userEvent.click(within(form).getByRole("button", { name: "Probleem vastleggen" }));
    const row = await within(form).findByRole("group", { name: "Oorzaak 1" });
    await within(row).findByText("Maximaal 500 tekens");
    expect(within(row).getByText("Deze oorzaak staat er al.")).toBeTruthy();
    expect(within(row).getAllByText(/Maximaal 500 tekens/)).toHaveLength(1);
    expect(within(form).queryByRole("alert")).toBeNull();
  });

  it("closes the panel after sending and confirms, with focus back on the button", async () => {
    renderDisclosure([
      mock({ data: { recordProblem: { __typename: "DossierItem", id: "i1", title: "Verzuim" } } }),
    ]);
    const form = await open();
    await fill(form, "Onrust thuis");
    await userEvent.click(within(form).getByRole("button", { name: "Probleem vastleggen" }));
    await screen.findByText("Het probleem ‘Verzuim’ is vastgelegd onder Onderwijs.");
    expect(screen.queryByRole("form", { name: "Probleem vastleggen" })).toBeNull();
    const button = screen.getByRole("button", { name: "Probleem vastleggen" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await waitFor(() => expect(document.activeElement).toBe(button));
  });
});
