import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Outlet, Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { OrganisationKind } from "../../generated/graphql";
import { ViewerContext } from "../../viewer";
import type { Viewer } from "../../viewer";
import type { CaseContext } from "../cases/caseContext";
import type { CaseDetail } from "../cases/types";
import { ConsentPage } from "./ConsentPage";
import type { Grant } from "./types";
import {
  CaseGrantsDocument,
  OrganisationAccessDocument,
  WithdrawAccessDocument,
} from "../../generated/graphql";

// The consent page of a case as its casusregisseur sees it: what each team organisation may see now, the grants
// per partner with their status (in force, withdrawn, expired, still to come) and when they run out, and
// withdrawing one with a reason.

const CASE_ID = "case-1";

interface Org {
  __typename: "Organisation";
  id: string;
  name: string;
  kind: OrganisationKind;
}
const org = (id: string, name: string, kind: OrganisationKind): Org => ({
  __typename: "Organisation",
  id,
  name,
  kind,
});
const WIJKTEAM = org("org-wijkteam", "Wijkteam Noord", "WIJKTEAM");
const SCHOOL = org("org-school", "Lindecollege", "SCHOOL");
const GGZ = org("org-ggz", "GGZ Lindehaven", "GGZ");
const KIM = { __typename: "Person" as const, id: "person-kim", fullName: "Kim Koopmans" };
const SANNE = { __typename: "Professional" as const, id: "prof-sanne", name: "Sanne Bakker" };

const member = (id: string, organisation: Org, isDirecting = false) => ({
  __typename: "CaseTeamMember" as const,
  id,
  organisation,
  professional: null,
  responsibility: null,
  responsibilityRedacted: false,
  domains: [],
  isDirecting,
});

const CASE = {
  __typename: "Case",
  id: CASE_ID,
  title: "Gezin Koopmans",
  viewerCan: ["MANAGE_CONSENT"],
  persons: [{ ...KIM, givenName: "Kim", familyName: "Koopmans", hasBsn: false, version: 1 }],
  team: [member("m1", WIJKTEAM, true), member("m2", SCHOOL), member("m3", GGZ)],
} as unknown as CaseDetail;

const VIEWER: Viewer = {
  __typename: "Professional",
  id: SANNE.id,
  name: SANNE.name,
  role: "CASUSREGISSEUR",
  organisation: WIJKTEAM,
  can: [],
} as Viewer;

function grant(id: string, grantee: Org, part: Partial<Grant>): Grant {
  return {
    __typename: "ConsentGrant",
    id,
    caseId: CASE_ID,
    grantee,
    subjects: [KIM],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
    purpose: "Afstemming schoolverzuim",
    legalBasis: "CONSENT",
    validFrom: "2026-01-05T09:00:00.000Z",
    validUntil: null,
    evidenceReference: "Toestemmingsformulier",
    recordedBy: SANNE,
    recordedAt: "2026-01-05T09:00:00.000Z",
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawalReason: null,
    isActive: true,
    ...part,
  } as Grant;
}

const ACTIVE = grant("g-active", SCHOOL, { validUntil: "2099-06-30T21:59:59.999Z" });
const WITHDRAWN = grant("g-withdrawn", SCHOOL, {
  domains: ["PHYSICAL_HEALTH"],
  isActive: false,
  withdrawnAt: "2026-02-01T10:00:00.000Z",
  withdrawnBy: SANNE,
  withdrawalReason: "moeder trekt toestemming in",
});
const EXPIRED = grant("g-expired", GGZ, {
  domains: ["MENTAL_HEALTH"],
  isActive: false,
  validUntil: "2026-02-28T22:59:59.999Z",
});
const PENDING = grant("g-pending", GGZ, {
  domains: ["FINANCES"],
  isActive: false,
  validFrom: "2099-01-01T08:00:00.000Z",
});

function grantsMock(grants: Grant[]): MockLink.MockedResponse {
  return {
    request: { query: CaseGrantsDocument, variables: { caseId: CASE_ID, includeInactive: true } },
    result: { data: { case: { __typename: "Case", id: CASE_ID, grants } } },
    maxUsageCount: 5,
  };
}

function accessMock(
  organisation: Org,
  access: { wholeCase: boolean; visible: number; grants: string[] } | "error",
): MockLink.MockedResponse {
  const request = {
    query: OrganisationAccessDocument,
    variables: { caseId: CASE_ID, organisationId: organisation.id },
  };
  if (access === "error") return { request, error: new Error("netwerkfout"), maxUsageCount: 5 };
  return {
    request,
    maxUsageCount: 5,
    result: {
      data: {
        case: {
          __typename: "Case",
          id: CASE_ID,
          accessFor: {
            __typename: "OrganisationAccess",
            organisation: { __typename: "Organisation", id: organisation.id },
            wholeCase: access.wholeCase,
            visibleItemCount: access.visible,
            totalItemCount: 12,
            activeGrants: access.grants.map((id) => ({ __typename: "ConsentGrant", id })),
          },
        },
      },
    },
  };
}

const ACCESS_MOCKS = [
  accessMock(WIJKTEAM, { wholeCase: true, visible: 12, grants: [] }),
  accessMock(SCHOOL, { wholeCase: false, visible: 3, grants: [ACTIVE.id] }),
  accessMock(GGZ, "error"),
];

function renderPage(mocks: MockLink.MockedResponse[]) {
  const context: CaseContext = { caseData: CASE, reload: vi.fn(async () => {}) };
  render(
    <MockedProvider mocks={mocks}>
      <ViewerContext.Provider value={VIEWER}>
        <MemoryRouter initialEntries={[`/casussen/${CASE_ID}/toestemmingen`]}>
          <Routes>
            <Route path="/casussen/:id" element={<Outlet context={context} />}>
              <Route path="toestemmingen" element={<ConsentPage />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

describe("the consent overview", () => {
  it("says per team organisation what it may see now, the directing one first", async () => {
    renderPage([grantsMock([ACTIVE]), ...ACCESS_MOCKS]);
    const table = screen.getByRole("table", { name: "Wie ziet wat" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Wijkteam Noord",
      "GGZ Lindehaven",
      "Lindecollege",
    ]);
    await waitFor(() => expect(cellsOf(rows[0]!)).toEqual(["het hele dossier (12 items)", "Niet nodig"]));
    await waitFor(() => expect(cellsOf(rows[2]!)).toEqual(["3 van 12 items", "1"]));
    await waitFor(() => expect(cellsOf(rows[1]!)).toEqual(["Niet beschikbaar", "Niet beschikbaar"]));
  });

  it("lists the grants per partner with their status and until when they run, those in force first", async () => {
    renderPage([grantsMock([WITHDRAWN, EXPIRED, ACTIVE, PENDING]), ...ACCESS_MOCKS]);
    const school = await screen.findByRole("region", { name: /^Lindecollege/ });
    const ggz = screen.getByRole("region", { name: /^GGZ Lindehaven/ });
    // Partners by name; within one, the grant in force before the withdrawn one.
    const partners = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(partners).toEqual(["GGZ Lindehaven (Geestelijke gezondheidszorg)", "Lindecollege (School)"]);
    const schoolGrants = within(school).getAllByRole("article");
    expect(schoolGrants.map((a) => within(a).getByRole("heading").textContent)).toEqual([
      "Onderwijs",
      "Lichamelijke gezondheid",
    ]);

    const active = schoolGrants[0]!;
    expect(within(active).getByText("Actief")).toBeTruthy();
    expect(within(active).getByText(/^van/).textContent).toMatch(/tot .*2099/);
    expect(within(active).getByRole("button", { name: "Intrekken" })).toBeTruthy();

    const withdrawn = schoolGrants[1]!;
    expect(within(withdrawn).getByText("Ingetrokken")).toBeTruthy();
    expect(within(withdrawn).getByText(/door Sanne Bakker — moeder trekt toestemming in/)).toBeTruthy();
    expect(within(withdrawn).queryByRole("button", { name: "Intrekken" })).toBeNull();

    const [pending, expired] = within(ggz).getAllByRole("article");
    expect(within(pending!).getByText("Nog niet geldig")).toBeTruthy();
    expect(within(pending!).getByText(/^Geldig vanaf .*2099/)).toBeTruthy();
    expect(within(pending!).getByRole("button", { name: "Intrekken" })).toBeTruthy();
    expect(within(expired!).getByText("Verlopen")).toBeTruthy();
    expect(within(expired!).getByText(/^Verlopen op .*2026/)).toBeTruthy();
    expect(within(expired!).queryByRole("button", { name: "Intrekken" })).toBeNull();
  });

  it("says so when no access has been granted yet", async () => {
    renderPage([grantsMock([]), ...ACCESS_MOCKS]);
    expect(await screen.findByText("Er is nog geen toegang verleend.")).toBeTruthy();
  });
});

describe("withdrawing a grant", () => {
  it("asks the reason at the field first, then withdraws and confirms it", async () => {
    const user = userEvent.setup();
    const withdrawn = {
      ...ACTIVE,
      isActive: false,
      withdrawnAt: "2026-03-11T10:00:00.000Z",
      withdrawnBy: SANNE,
    };
    const mocks = [
      grantsMock([ACTIVE]),
      ...ACCESS_MOCKS,
      {
        request: {
          query: WithdrawAccessDocument,
          variables: { input: { id: ACTIVE.id, reason: "moeder belde" } },
        },
        result: { data: { withdrawAccess: { ...withdrawn, withdrawalReason: "moeder belde" } } },
      },
    ];
    renderPage(mocks);
    const school = await screen.findByRole("region", { name: /^Lindecollege/ });
    await user.click(within(school).getByRole("button", { name: "Intrekken" }));
    const form = within(school).getByRole("form", { name: "Toestemming intrekken" });
    await user.click(within(form).getByRole("button", { name: "Toestemming intrekken" }));
    const reason = within(form).getByRole("textbox", { name: "Reden van intrekking" });
    await waitFor(() => expect(reason.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Geef de reden van het intrekken.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(reason));

    await user.type(reason, "moeder belde");
    await user.click(within(form).getByRole("button", { name: "Toestemming intrekken" }));
    expect(await screen.findByText("De toestemming voor Lindecollege is ingetrokken.")).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Toestemming intrekken" })).toBeNull();
  });
});

describe("granting access", () => {
  it("checks the form before sending: each missing part is said at its field", async () => {
    const user = userEvent.setup();
    renderPage([grantsMock([]), ...ACCESS_MOCKS]);
    const form = screen.getByRole("form", { name: "Toegang verlenen" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Rechtsgrond" }), "CONSENT");
    await user.click(within(form).getByRole("button", { name: "Toegang verlenen" }));
    for (const message of [
      "Kies de organisatie die toegang krijgt.",
      "Kies minstens één gezinslid.",
      "Kies minstens één leefgebied.",
      "Kies minstens één gegevenscategorie.",
      "Beschrijf waarvoor de partner de informatie nodig heeft.",
      "Leg bij toestemming vast waar het bewijs is (bijvoorbeeld het formulier).",
    ]) {
      expect(await within(form).findByText(message)).toBeTruthy();
    }
    const organisation = within(form).getByRole("combobox", { name: "Organisatie" });
    expect(organisation.getAttribute("aria-invalid")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(organisation));
    expect(within(form).queryByText("Kies een rechtsgrond.")).toBeNull();
  });
});
