import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MutationFormView } from "./MutationFormView";
import { TextField, TextareaField } from "./fields";
import { useMutationForm } from "./useMutationForm";
import { useFormValues } from "../useFormValues";
import type { SubmitRun } from "./useMutationForm";

function badInput(fieldErrors: { path: string; message: string }[], message = "Ongeldige invoer") {
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code: "BAD_USER_INPUT", fieldErrors } }],
  });
}

function conflict() {
  return new CombinedGraphQLErrors({
    errors: [{ message: "stale", extensions: { code: "CONFLICT" } }],
  });
}

/** A small form as a feature would write it: a title and a note, sent by `send`. */
function NoteForm({ send, onReload }: { send: (title: string) => Promise<void>; onReload?: () => void }) {
  const form = useMutationForm({
    fields: ["title", "note"],
    failure: "De notitie is niet opgeslagen.",
    onReload,
  });
  const { values, bind } = useFormValues({ title: "", note: "" }, form);
  const { title } = values;
  const run: SubmitRun = async () => {
    if (title.trim() === "") {
      form.invalidate("title", "Vul een titel in.");
      return false;
    }
    await send(title);
    return `Notitie "${title}" opgeslagen.`;
  };
  return (
    <MutationFormView form={form} onSubmit={run} label="Nieuwe notitie" submitLabel="Opslaan">
      <TextField {...bind("title")} label="Titel" />
      <TextareaField {...bind("note")} label="Notitie">
        Wat u zag of hoorde, in uw eigen woorden.
      </TextareaField>
    </MutationFormView>
  );
}

const submit = () => fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));

describe("useMutationForm with MutationFormView", () => {
  it("checks before sending: the message stands at the field, which gets focus, and nothing is sent", async () => {
    const send = vi.fn(async () => {});
    render(<NoteForm send={send} />);
    submit();
    const title = screen.getByLabelText("Titel");
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Vul een titel in.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(send).not.toHaveBeenCalled();
  });

  it("shows the confirmation after a successful change and clears earlier errors", async () => {
    const send = vi.fn(async () => {});
    render(<NoteForm send={send} />);
    submit();
    await screen.findByText("Vul een titel in.");
    fireEvent.change(screen.getByLabelText("Titel"), { target: { value: "Huisbezoek" } });
    submit();
    await screen.findByText('Notitie "Huisbezoek" opgeslagen.');
    expect(send).toHaveBeenCalledWith("Huisbezoek");
    expect(screen.queryByText("Vul een titel in.")).toBeNull();
    expect(screen.getByLabelText("Titel").getAttribute("aria-invalid")).toBeNull();
  });

  it("puts the server's field errors at their fields and the others in the alert", async () => {
    const send = vi.fn(async () => {
      throw badInput([
        { path: "input.note", message: "De notitie is te lang." },
        { path: "input.caseId", message: "De casus bestaat niet." },
      ]);
    });
    render(<NoteForm send={send} />);
    fireEvent.change(screen.getByLabelText("Titel"), { target: { value: "Huisbezoek" } });
    submit();
    const note = screen.getByLabelText("Notitie");
    await waitFor(() => expect(note.getAttribute("aria-invalid")).toBe("true"));
    const described = (note.getAttribute("aria-describedby") ?? "").split(" ");
    const texts = described.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["De notitie is te lang.", "Wat u zag of hoorde, in uw eigen woorden."]);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("De notitie is niet opgeslagen.");
    expect(alert.textContent).toContain("De casus bestaat niet.");
    expect(alert.textContent).not.toContain("De notitie is te lang.");
    await waitFor(() => expect(document.activeElement).toBe(note));
  });

  it("offers a reload on a stale version instead of the raw error", async () => {
    const onReload = vi.fn();
    render(<NoteForm send={async () => Promise.reject(conflict())} onReload={onReload} />);
    fireEvent.change(screen.getByLabelText("Titel"), { target: { value: "Huisbezoek" } });
    submit();
    const reload = await screen.findByRole("button", { name: "Casus opnieuw laden" });
    expect(screen.getByText(/intussen gewijzigd door iemand anders/)).toBeTruthy();
    fireEvent.click(reload);
    expect(onReload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("button", { name: "Casus opnieuw laden" })).toBeNull());
  });

  it("sends once while a change is pending and marks the button busy", async () => {
    let finish: () => void = () => {};
    const send = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<NoteForm send={send} />);
    fireEvent.change(screen.getByLabelText("Titel"), { target: { value: "Huisbezoek" } });
    submit();
    submit();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Opslaan" }).getAttribute("aria-disabled")).toBe("true"),
    );
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    await screen.findByText('Notitie "Huisbezoek" opgeslagen.');
    expect(screen.getByRole("button", { name: "Opslaan" }).getAttribute("aria-disabled")).toBeNull();
  });

  it("gives each field of each form its own id, so the same form twice on a page never shares one", async () => {
    render(
      <>
        <NoteForm send={async () => {}} />
        <NoteForm send={async () => {}} />
      </>,
    );
    const titles = screen.getAllByLabelText("Titel");
    const notes = screen.getAllByLabelText("Notitie");
    const ids = [...titles, ...notes].map((field) => field.id);
    expect(new Set(ids).size).toBe(4);
    for (const note of notes) {
      const description = document.getElementById(note.getAttribute("aria-describedby") ?? "");
      expect(description?.textContent).toBe("Wat u zag of hoorde, in uw eigen woorden.");
    }
  });
});
