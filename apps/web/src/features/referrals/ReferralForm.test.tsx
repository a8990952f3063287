import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ReferralForm } from "./ReferralForm";
import { RecordReferralDocument } from "../../generated/graphql";

// "Verwijzing of beschikking vastleggen" against a fake of the API: an amount that is not an amount is said at
// the field before sending; a recorded referral is confirmed and the form emptied for the next one.

const PERSONS = [{ id: "p-kim", fullName: "Kim Koopmans" }];

const RECORDED: MockLink.MockedResponse = {
  request: {
    query: RecordReferralDocument,
    variables: {
      input: {
        caseId: "c1",
        referralKind: "DECISION",
        care: "Ambulante jeugdhulp",
        providerName: "Zorg BV",
        startsOn: "2026-01-05",
        endsOn: null,
        costCents: 125000,
        reference: null,
        domain: "YOUTH_CARE",
        dataClass: "SPECIAL_CATEGORY",
        subjectPersonIds: ["p-kim"],
      },
    },
  },
  result: { data: { recordReferral: { __typename: "DossierItem", id: "r1", care: "Ambulante jeugdhulp" } } },
};

function renderForm() {
  const onRecorded = vi.fn(async () => {});
  render(
    <MockedProvider mocks={[RECORDED]}>
      <ReferralForm caseId="c1" persons={PERSONS} onRecorded={onRecorded} />
    </MockedProvider>,
  );
  return { onRecorded, form: screen.getByRole("form", { name: "Verwijzing of beschikking vastleggen" }) };
}

async function fill(form: HTMLElement, cost: string) {
  await userEvent.type(within(form).getByLabelText("Ingezette zorg"), "Ambulante jeugdhulp");
  await userEvent.type(within(form).getByLabelText("Zorgaanbieder"), "Zorg BV");
  await userEvent.type(within(form).getByLabelText("Begindatum"), "2026-01-05");
  await userEvent.type(within(form).getByLabelText("Kosten in euro"), cost);
  await userEvent.click(within(form).getByLabelText("Kim Koopmans"));
}

describe("ReferralForm", () => {
  it("says at the field that the cost is not an amount, and sends nothing", async () => {
    const { onRecorded, form } = renderForm();
    await fill(form, "veel");
    await userEvent.click(within(form).getByRole("button", { name: "Verwijzing vastleggen" }));
    const cost = within(form).getByLabelText("Kosten in euro");
    await waitFor(() => expect(cost.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Vul een bedrag in euro's in, bijvoorbeeld 1.250,00")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(cost));
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it("records the referral, confirms it and empties the form", async () => {
    const { onRecorded, form } = renderForm();
    await fill(form, "1.250,00");
    await userEvent.click(within(form).getByRole("button", { name: "Verwijzing vastleggen" }));
    await within(form).findByText("De verwijzing ‘Ambulante jeugdhulp’ is vastgelegd.");
    expect(onRecorded).toHaveBeenCalledTimes(1);
    expect((within(form).getByLabelText("Ingezette zorg") as HTMLInputElement).value).toBe("");
    expect((within(form).getByLabelText("Soort") as HTMLSelectElement).value).toBe("DECISION");
  });
});
