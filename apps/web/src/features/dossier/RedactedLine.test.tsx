import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import { describe, expect, it } from "vitest";
import type { RedactedStub } from "./types";
import { RedactedLine, redactedCountText } from "./RedactedLine";

function stub(id: string, canBreakGlass = true): RedactedStub {
  return {
    __typename: "Observation",
    id,
    kind: "OBSERVATION",
    domain: "MENTAL_HEALTH",
    redacted: true,
    createdAt: "2026-12-03T09:15:00.000Z",
    viewerCan: canBreakGlass ? ["BREAK_GLASS"] : [],
    authorOrganisation: { __typename: "Organisation", id: "o", name: "Wijkteam Noord" },
  } as RedactedStub;
}

function show(props: Partial<Parameters<typeof RedactedLine>[0]> = {}) {
  return render(
    <MockedProvider>
      <RedactedLine
        caseId="c"
        count={35}
        stubs={[stub("a"), stub("b")]}
        canBreakGlassCase={true}
        onOpened={async () => {}}
        {...props}
      />
    </MockedProvider>,
  );
}

describe("RedactedLine", () => {
  it("is one collapsed line with the count; nothing of the stubs shows until it is opened", () => {
    const { container } = show();
    const details = container.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(container.querySelector("summary")!.textContent).toBe(
      "35 items buiten uw toestemming (afgeschermd)",
    );
    expect(container.querySelectorAll("details")).toHaveLength(1);
    // No red button per stub: one secondary action, inside the folded part.
    expect(container.querySelectorAll("button")).toHaveLength(1);
    expect(container.querySelector(".utrecht-button--danger, [class*='danger']")).toBeNull();
  });

  it("unfolded: lists what exists (kind, domain, organisation, day), says how many more, and explains break-glass", async () => {
    const user = userEvent.setup();
    const { container } = show();
    await user.click(screen.getByText(/35 items buiten uw toestemming/));
    expect(container.querySelector("details")!.open).toBe(true);
    const lines = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual([
      "Observatie in Geestelijke gezondheid, van Wijkteam Noord, 3 december 2026",
      "Observatie in Geestelijke gezondheid, van Wijkteam Noord, 3 december 2026",
    ]);
    expect(container.textContent).toContain("En nog 33 meer.");
    expect(container.textContent).toContain("beoordeeld door de privacyfunctionaris");
    await user.click(screen.getByRole("button", { name: "Noodtoegang vragen…" }));
    const target = screen.getByLabelText("Noodtoegang tot") as HTMLSelectElement;
    expect([...target.options].map((o) => o.value)).toEqual(["a", "b", "hele-casus"]);
    expect(screen.getByLabelText("Reden voor noodtoegang")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(screen.getByRole("button", { name: "Noodtoegang vragen…" })).toBeTruthy();
  });

  it("offers no break-glass to whom may not, and shows nothing for no items", () => {
    const { container, unmount } = show({ canBreakGlassCase: false, stubs: [stub("a", false)], count: 1 });
    expect(container.querySelector("summary")!.textContent).toBe(
      "1 item buiten uw toestemming (afgeschermd)",
    );
    expect(container.querySelectorAll("button")).toHaveLength(0);
    unmount();
    const empty = show({ count: 0, stubs: [] });
    expect(empty.container.innerHTML).toBe("");
  });

  it("counts in Dutch", () => {
    expect(redactedCountText(1)).toBe("1 item buiten uw toestemming");
    expect(redactedCountText(59)).toBe("59 items buiten uw toestemming");
  });
});
