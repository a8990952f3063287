import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ErrorAlert } from "./ErrorAlert";

describe("ErrorAlert", () => {
  it("renders nothing without messages", () => {
    const { container } = render(<ErrorAlert messages={[]} />);
    expect(container.innerHTML).toBe("");
  });

  it("shows one message as a paragraph, with its heading, as an alert", () => {
    render(<ErrorAlert messages={["De casus bestaat niet."]} heading="Opslaan is niet gelukt" />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Opslaan is niet gelukt");
    expect(alert.textContent).toContain("De casus bestaat niet.");
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("lists several messages", () => {
    render(<ErrorAlert messages={["Titel is verplicht.", "Datum ligt in het verleden."]} />);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual(["Titel is verplicht.", "Datum ligt in het verleden."]);
  });
});
