import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { PlanDetail } from "./types";
import { ApprovePlanForm, PerspectiveForm } from "./PlanForms";
import { ApproveFamilyPlanDocument, UpdateFamilyPlanDocument } from "../../generated/graphql";

// The plan's forms on the shared mutation form: a check before sending at the field, the server's own reason
// for a refusal, and a stale plan said in the plan's words with "Plan opnieuw laden".

const PLAN = { id: "plan-1", version: 3, number: 2, perspective: "" } as unknown as PlanDetail;

function failing(
  query: MockLink.MockedResponse["request"]["query"],
  variables: object,
  code: string,
  message: string,
) {
  return {
    request: { query, variables },
    result: { errors: [{ message, extensions: { code } }] },
  } as MockLink.MockedResponse;
}

function setup(
  ui: (props: { onDone: () => void; onCancel: () => void; onChanged: () => Promise<void> }) => ReactNode,
  mocks: MockLink.MockedResponse[],
) {
  const props = { onDone: vi.fn(), onCancel: vi.fn(), onChanged: vi.fn(async () => {}) };
  render(<MockedProvider mocks={mocks}>{ui(props)}</MockedProvider>);
  return props;
}

describe("the plan's forms", () => {
  it("asks for the perspective before sending, at the field", async () => {
    const user = userEvent.setup();
    const { onDone } = setup((p) => <PerspectiveForm plan={PLAN} {...p} />, []);
    await user.click(screen.getByRole("button", { name: "Perspectief opslaan" }));
    const field = screen.getByLabelText("Gewenst perspectief");
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Beschrijf het gewenste perspectief.")).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the server's reason when approving is refused", async () => {
    const user = userEvent.setup();
    const reason = "Een plan met jeugdhulp stelt de casusregisseur met SKJ-registratie vast.";
    const variables = { input: { planId: PLAN.id, version: PLAN.version } };
    const { onDone } = setup(
      (p) => <ApprovePlanForm plan={PLAN} {...p} />,
      [failing(ApproveFamilyPlanDocument, variables, "FORBIDDEN", reason)],
    );
    await user.click(screen.getByRole("button", { name: "Versie 2 vaststellen" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Het plan is niet vastgesteld.");
    expect(alert.textContent).toContain(reason);
    expect(alert.textContent).not.toContain("U heeft geen toestemming");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("says a stale plan in the plan's words and offers to reload it", async () => {
    const user = userEvent.setup();
    const variables = { input: { planId: PLAN.id, version: PLAN.version, perspective: "Rust in huis" } };
    const { onChanged, onDone } = setup(
      (p) => <PerspectiveForm plan={PLAN} {...p} />,
      [failing(UpdateFamilyPlanDocument, variables, "CONFLICT", "stale")],
    );
    await user.type(screen.getByLabelText("Gewenst perspectief"), "Rust in huis");
    await user.click(screen.getByRole("button", { name: "Perspectief opslaan" }));
    await screen.findByText("Iemand anders heeft dit plan gewijzigd; herlaad de pagina.");
    expect(screen.queryByText(/intussen gewijzigd door iemand anders/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Plan opnieuw laden" }));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: "Plan opnieuw laden" })).toBeNull();
  });
});
