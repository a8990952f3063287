import { Heading } from "@utrecht/component-library-react";
import { ORGANISATION_KIND_LABELS, label } from "../../labels";
import { GrantCard } from "./GrantCard";
import type { GranteeGroup } from "./grantGroups";
import { grantStatus } from "./grantStatus";
import { WithdrawGrant } from "./WithdrawGrant";

/** One grantee organisation's grants; those in force or still to come can be withdrawn. */
export function GranteeGrants({
  group,
  onWithdrawn,
}: {
  group: GranteeGroup;
  onWithdrawn: (organisationName: string) => void;
}) {
  const { organisation } = group;
  const headingId = `grantee-${organisation.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rh-grantee">
      <Heading level={4} id={headingId} className="rh-grantee__heading">
        {organisation.name}{" "}
        <span className="rh-muted rh-grantee__kind">
          ({label(ORGANISATION_KIND_LABELS, organisation.kind)})
        </span>
      </Heading>
      <ul className="rh-grant-list">
        {group.grants.map((grant) => {
          const state = grantStatus(grant).state;
          return (
            <li key={grant.id}>
              <GrantCard grant={grant} level={5}>
                {state === "ACTIVE" || state === "PENDING" ? (
                  <WithdrawGrant grant={grant} onWithdrawn={() => onWithdrawn(organisation.name)} />
                ) : null}
              </GrantCard>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
