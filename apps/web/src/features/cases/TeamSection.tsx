import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { Disclosure } from "../../components/Disclosure";
import { ErrorAlert } from "../../components/ErrorAlert";
import { NoticeAlert } from "../../components/NoticeAlert";
import { generalErrorMessages } from "../../errors";
import "../plan/plan.css";
import { AddTeamMemberForm } from "./AddTeamMemberForm";
import { HandOverDirectionForm } from "./HandOverDirectionForm";
import type { CaseDetail, TeamMemberRow } from "./types";
import { memberName } from "./team";
import { TeamTable } from "./TeamTable";
import { RemoveTeamMemberDocument } from "../../generated/graphql";

export interface TeamSectionProps {
  caseData: CaseDetail;
  /** MANAGE_TEAM: add and remove members. */
  canManage: boolean;
  /** UPDATE (the case's directors, as for "Gegevens wijzigen"): hand over direction. */
  canHandOver: boolean;
  onChanged: () => Promise<void>;
}

/**
 * "Team": who is involved, in what role and for which domains; add and remove members with MANAGE_TEAM, and
 * hand over direction with UPDATE. A member's role (taak) reaches only its own organisation and the case's
 * directing side; others see that it is not shared with them.
 */
export function TeamSection({ caseData, canManage, canHandOver, onChanged }: TeamSectionProps) {
  const [removeTeamMember] = useMutation(RemoveTeamMemberDocument);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = async (member: TeamMemberRow) => {
    if (removingId) return;
    setRemoveError(null);
    setNotice(null);
    setRemovingId(member.id);
    try {
      await removeTeamMember({ variables: { id: member.id } });
      await onChanged();
      setNotice(`${memberName(member)} is uit het team verwijderd.`);
      // The button is gone with its row: put focus back at the start of the section.
      headingRef.current?.focus();
    } catch (err) {
      setRemoveError(err);
    } finally {
      setRemovingId(null);
    }
  };

  const handedOver = async (message: string, close: () => void) => {
    await onChanged();
    setNotice(message);
    close();
    // Who hands over to another organisation may no longer direct: then the button is gone too.
    window.setTimeout(() => {
      if (document.activeElement === document.body) headingRef.current?.focus();
    }, 0);
  };

  return (
    <section aria-labelledby="team-heading" className="rh-section">
      <Heading level={2} id="team-heading" ref={headingRef} tabIndex={-1}>
        Team
      </Heading>
      <NoticeAlert message={notice} />
      <ErrorAlert messages={generalErrorMessages(removeError)} heading="Het teamlid is niet verwijderd." />
      {caseData.team.length === 0 ? (
        <Paragraph>Er staat nog niemand in het team.</Paragraph>
      ) : (
        <TeamTable
          team={caseData.team}
          onRemove={canManage ? (member) => void remove(member) : null}
          removingId={removingId}
        />
      )}
      {canManage ? (
        <Disclosure label="Teamlid toevoegen">
          {() => <AddTeamMemberForm caseId={caseData.id} onAdded={onChanged} />}
        </Disclosure>
      ) : null}
      {canHandOver ? (
        <Disclosure label="Regie overdragen">
          {(done, cancel) => (
            <HandOverDirectionForm
              caseData={caseData}
              onHandedOver={(message) => handedOver(message, () => done())}
              onReload={onChanged}
              onCancel={cancel}
            />
          )}
        </Disclosure>
      ) : null}
    </section>
  );
}
