import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import { CorrectItemForm, ITEM_CONFLICT_MESSAGE } from "./CorrectItemForm";
import type { NoteCard } from "./types";
import { StatementForm } from "./StatementForm";
import { NOTE_VALUES } from "./testItems";
import { UpdateNoteDocument } from "../../generated/graphql";

const item = {
  __typename: "Note",
  id: "n1",
  version: 3,
  ...NOTE_VALUES,
  subjects: [],
  statements: [],
} as unknown as NoteCard;

const persons = [
  { id: "p1", fullName: "Kim Koopmans" },
  { id: "p2", fullName: "Noor Koopmans" },
];

const conflict: MockLink.MockedResponse = {
  request: { query: UpdateNoteDocument, variables: () => true },
  result: { errors: [{ message: "stale", extensions: { code: "CONFLICT" } }] },
};

describe("CorrectItemForm", () => {
  it("asks for the reason at its field before sending", async () => {
    render(
      <MockedProvider>
        <CorrectItemForm item={item} persons={persons} onDone={vi.fn()} onReload={vi.fn()} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Correctie opslaan" }));
    const reason = screen.getByLabelText("Reden van correctie");
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Geef de reden van de correctie.")).toBeTruthy();
    expect(screen.getByRole("form", { name: "Item corrigeren" })).toBeTruthy();
  });

  it("says the item changed meanwhile, and reloading closes the form", async () => {
    const onDone = vi.fn();
    const onReload = vi.fn(async () => {});
    render(
      <MockedProvider mocks={[conflict]}>
        <CorrectItemForm item={item} persons={persons} onDone={onDone} onReload={onReload} />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByLabelText("Reden van correctie"), "verkeerde datum");
    await userEvent.click(screen.getByRole("button", { name: "Correctie opslaan" }));
    await screen.findByText(ITEM_CONFLICT_MESSAGE);
    await userEvent.click(screen.getByRole("button", { name: "Dossier opnieuw laden" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith());
    expect(onReload).toHaveBeenCalled();
  });
});

describe("StatementForm", () => {
  it("marks both missing fields and puts focus on the first", async () => {
    render(
      <MockedProvider>
        <StatementForm item={item} persons={persons} onDone={vi.fn()} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Verklaring opslaan" }));
    const person = screen.getByLabelText("Van wie");
    await waitFor(() => expect(document.activeElement).toBe(person));
    expect(screen.getByText("Kies het gezinslid van wie de verklaring is.")).toBeTruthy();
    expect(screen.getByText("Vul de verklaring in.")).toBeTruthy();
    expect(screen.getByLabelText("Verklaring").getAttribute("aria-invalid")).toBe("true");
  });
});
