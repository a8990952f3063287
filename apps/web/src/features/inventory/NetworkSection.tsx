import { Heading, Paragraph } from "@utrecht/component-library-react";
import { DataRows } from "../../components/DataRows";
import type { DataRowEntry } from "../../components/DataRows";
import { joinNames } from "../../labels";
import { BEELD_SECTIONS } from "./BeeldNav";
import { InventorySection } from "./InventorySection";
import type { BeeldSectionProps } from "./InventorySection";
import {
  RELATION_KIND_LABELS,
  RELATION_KINDS,
  RELATIONSHIP_QUALITIES,
  RELATIONSHIP_QUALITY_LABELS,
  relationKind,
} from "./ecogram";
import { NetworkMemberForm } from "./NetworkMemberForm";
import { EcogramLegend, NetworkGraph } from "./NetworkGraph";
import type { NetworkMemberRow } from "./types";

function memberRows(member: NetworkMemberRow): DataRowEntry[] {
  return [
    ["Relatie", member.relation || "—"],
    ["Groep", RELATION_KIND_LABELS[relationKind(member.relation)]],
    [
      "Soort relatie",
      member.relationshipQuality ? (
        RELATIONSHIP_QUALITY_LABELS[member.relationshipQuality]
      ) : (
        <span className="rh-muted">Onbekend</span>
      ),
    ],
    ["Steun", member.support || "—"],
    ["Netwerk van", joinNames((member.subjects ?? []).map((p) => p.fullName)) || "Het gezin"],
    ["Contact", member.contact || <span className="rh-muted">Niet vastgelegd</span>],
    ["Vastgelegd door", `${member.author?.name ?? "—"} (${member.authorOrganisation.name})`],
  ];
}

function MemberCard({ member, number }: { member: NetworkMemberRow; number: number }) {
  const headingId = `network-${member.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="rh-card rh-network-member">
      <Heading level={4} id={headingId} className="rh-network-member__name">
        <span className="rh-network-member__number">{number}.</span> {member.name}
      </Heading>
      <DataRows rows={memberRows(member)} />
    </article>
  );
}

/** The network map with the legend of the kinds and line qualities present. */
function NetworkFigure({ persons, members }: Pick<NetworkSectionProps, "persons" | "members">) {
  const kinds = RELATION_KINDS.filter((kind) => members.some((m) => relationKind(m.relation) === kind));
  const qualities = [...RELATIONSHIP_QUALITIES, null].filter((q) =>
    members.some((m) => (m.relationshipQuality ?? null) === q),
  );
  return (
    <figure className="rh-network__figure">
      <NetworkGraph persons={persons} members={members} />
      {kinds.length > 0 ? (
        <figcaption>
          <EcogramLegend kinds={kinds} qualities={qualities} />
        </figcaption>
      ) : null}
    </figure>
  );
}

export interface NetworkSectionProps extends BeeldSectionProps {
  members: readonly NetworkMemberRow[];
}

/**
 * "Netwerk": the network map (an ecogram with the family in the centre) and the members with their support,
 * numbered as on the map.
 */
export function NetworkSection({ members, ...page }: NetworkSectionProps) {
  return (
    <InventorySection
      {...page}
      section={BEELD_SECTIONS.network}
      intro="Wie staan om het gezin heen, en wat kunnen zij doen? Het netwerk is er ook als de hulpverlening stopt."
      record={{ label: "Netwerklid toevoegen", form: NetworkMemberForm }}
    >
      <div className="rh-network">
        <NetworkFigure persons={page.persons} members={members} />
        {members.length === 0 ? (
          <Paragraph className="rh-muted">Er zijn nog geen netwerkleden die u mag zien.</Paragraph>
        ) : (
          <ol className="rh-stack-list" aria-label="Netwerkleden">
            {members.map((member, i) => (
              <li key={member.id}>
                <MemberCard member={member} number={i + 1} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </InventorySection>
  );
}
