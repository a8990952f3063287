import { Heading, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { DataRows } from "../../components/DataRows";
import { DateText } from "../../components/DateText";
import { RouterLink } from "../../components/RouterLink";
import { formatDateTime, isoDateTime, joinNames } from "../../labels";
import { casePath } from "../cases/caseContext";
import type { MeetingDecisionView } from "./types";

/** The recorded decision: what, who was there, by whom and when, and the actions it put in the plan. */
export function DecisionView({ decision, caseId }: { decision: MeetingDecisionView; caseId: string }) {
  const professionals = decision.presentProfessionals.map((p) => `${p.name} (${p.organisation.name})`);
  const persons = decision.presentPersons.map((p) => p.fullName);
  return (
    <section aria-labelledby="decision-heading" className="rh-subsection" data-testid="meeting-decision">
      <Heading level={3} id="decision-heading">
        Besluit
      </Heading>
      <Paragraph className="rh-meeting-decision__text">{decision.decision}</Paragraph>
      <DataRows
        rows={[
          ["Aanwezig", professionals.length > 0 ? joinNames(professionals) : "Niet vastgelegd"],
          ["Gezinsleden aanwezig", persons.length > 0 ? joinNames(persons) : "Geen"],
          [
            "Vastgelegd",
            <>
              door {decision.decidedBy.name} op{" "}
              <time dateTime={isoDateTime(decision.decidedAt)}>{formatDateTime(decision.decidedAt)}</time>
            </>,
          ],
        ]}
      />
      <Heading level={4}>Acties in het plan</Heading>
      {decision.actions.length === 0 ? (
        <Paragraph>Bij dit besluit zijn geen acties vastgelegd die u mag zien.</Paragraph>
      ) : (
        <UnorderedList aria-label="Acties uit het besluit">
          {decision.actions.map((action) => (
            <UnorderedListItem key={action.id}>
              {action.redacted || !action.title ? (
                <span className="rh-muted">Afgeschermde actie</span>
              ) : (
                <>
                  <strong>{action.title}</strong>
                  {action.ownerOrganisation ? <> – {action.ownerOrganisation.name}</> : null}
                  {action.dueOn ? (
                    <>
                      , uiterlijk <DateText date={action.dueOn} />
                    </>
                  ) : null}
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>
        <RouterLink to={casePath(caseId, "acties")}>Naar de acties van de casus</RouterLink>
      </Paragraph>
    </section>
  );
}
