import type { OrganisationKind, ProfessionalRole } from "../../generated/graphql";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, label } from "../../labels";

// The development sign-in picker, grouped by role (pure, so that it is tested without a server): who each
// demo person is, and in one line what they see — the consent rule in words (packages/policy/src/consent.ts).

/** What the picker needs of a person (a `DevSignInOption`). */
export interface SignInPerson {
  professionalId: string;
  name: string;
  role: ProfessionalRole;
  organisationName: string;
  organisationKind: OrganisationKind;
}

export interface SignInGroup<T extends SignInPerson> {
  /** Stable key, e.g. `CASUSREGISSEUR` or `PROFESSIONAL:SCHOOL`. */
  key: string;
  /** The heading: "Casusregisseurs", "Professionals – School", … */
  title: string;
  /** What people in this group do, in one sentence. */
  description: string;
  people: { person: T; sees: string }[];
}

/** The groups in the order of the picker; professionals come between the directors and the staff roles. */
const ROLE_GROUPS: Record<ProfessionalRole, { order: number; title: string; description: string }> = {
  CASUSREGISSEUR: {
    order: 0,
    title: "Casusregisseurs",
    description: "Voeren de regie op één gezin: plan, team en toestemmingen.",
  },
  PROCESREGISSEUR: {
    order: 1,
    title: "Procesregisseurs",
    description: "Bewaken of de regie loopt, over veel casussen heen (regie op regie).",
  },
  PROFESSIONAL: {
    order: 2,
    title: "Professionals",
    description: "Werken als ketenpartner in het team van een casus.",
  },
  PRIVACY_OFFICER: {
    order: 3,
    title: "Privacyfunctionaris",
    description: "Houdt toezicht op de verwerking van persoonsgegevens.",
  },
  ADMIN: {
    order: 4,
    title: "Functioneel beheerder",
    description: "Beheert de hub voor de eigen organisatie.",
  },
};

/** The organisation kind in running text: "de school", "Veilig Thuis", "de huisarts". */
const KIND_IN_TEXT: Partial<Record<OrganisationKind, string>> = {
  WIJKTEAM: "het wijkteam",
  VEILIG_THUIS: "Veilig Thuis",
  JEUGDBESCHERMING: "de jeugdbescherming",
  RAAD_KINDERBESCHERMING: "de Raad voor de Kinderbescherming",
  JGZ: "de jeugdgezondheidszorg",
  GGZ: "de ggz",
  SCHULDHULP: "de schuldhulpverlening",
  POLITIE: "de politie",
  GEMEENTE: "de gemeente",
  OTHER: "de eigen organisatie",
};

function kindInText(kind: OrganisationKind): string {
  return KIND_IN_TEXT[kind] ?? `de ${label(ORGANISATION_KIND_LABELS, kind).toLowerCase()}`;
}

/** One line on what a person sees, from their role and the kind of their organisation. */
export function whatTheySee(role: ProfessionalRole, kind: OrganisationKind): string {
  switch (role) {
    case "CASUSREGISSEUR":
      return "Ziet de hele casus die de eigen organisatie regisseert; elders wat de toestemming toelaat.";
    case "PROCESREGISSEUR":
      return "Ziet de hele casus van de casussen die hij of zij bewaakt, en de portefeuille daarvan.";
    case "PROFESSIONAL":
      return kind === "WIJKTEAM" || kind === "JEUGDBESCHERMING"
        ? `Ziet de hele casus als ${kindInText(kind)} de regie heeft; anders alleen wat de toestemming toelaat.`
        : `Ziet alleen wat de toestemming voor ${kindInText(kind)} toelaat, en wat de eigen organisatie vastlegde.`;
    case "PRIVACY_OFFICER":
      return "Ziet geen dossierinhoud: beoordeelt noodtoegang en leest de verwerkingslog.";
    case "ADMIN":
      return "Ziet geen casussen: beheert de koppelingen met systemen van de eigen organisatie.";
  }
}

/**
 * Groups the people by role — Casusregisseurs, Procesregisseurs, Professionals per organisation kind,
 * Privacyfunctionaris, Functioneel beheerder — each person with the line on what they see; people by name.
 */
export function groupByRole<T extends SignInPerson>(people: readonly T[]): SignInGroup<T>[] {
  const groups = new Map<string, SignInGroup<T> & { order: number }>();
  for (const person of people) {
    const role = ROLE_GROUPS[person.role];
    const perKind = person.role === "PROFESSIONAL";
    const key = perKind ? `${person.role}:${person.organisationKind}` : person.role;
    const kindOrder = perKind ? ORGANISATION_KINDS.indexOf(person.organisationKind) : 0;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        order: role.order * 100 + (kindOrder === -1 ? 99 : kindOrder),
        title: perKind
          ? `${role.title} – ${label(ORGANISATION_KIND_LABELS, person.organisationKind)}`
          : role.title,
        description: role.description,
        people: [],
      };
      groups.set(key, group);
    }
    group.people.push({ person, sees: whatTheySee(person.role, person.organisationKind) });
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...group }) => ({
      ...group,
      people: group.people.sort((a, b) => a.person.name.localeCompare(b.person.name, "nl")),
    }));
}
