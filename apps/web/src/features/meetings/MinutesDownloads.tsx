import { useApolloClient } from "@apollo/client/react";
import { Heading, Paragraph } from "@utrecht/component-library-react";
import { DocumentDownload } from "../../components/DocumentDownload";
import { MeetingMinutesDocument } from "../../generated/graphql";

/**
 * "Verslag": the minutes as a PDF, for the family (plain Dutch) or for the team. Each holds only what the
 * viewer may see; handing one out is logged.
 */
export function MinutesDownloads({ meetingId }: { meetingId: string }) {
  const client = useApolloClient();
  const fetchMinutes = (audience: "FAMILY" | "TEAM") => async () => {
    const result = await client.query({
      query: MeetingMinutesDocument,
      variables: { meetingId, audience },
      fetchPolicy: "no-cache",
    });
    if (!result.data?.meetingMinutes && result.error) throw result.error;
    return result.data?.meetingMinutes;
  };
  return (
    <section aria-labelledby="minutes-heading" className="rh-subsection">
      <Heading level={3} id="minutes-heading">
        Verslag
      </Heading>
      <Paragraph>
        Het verslag bevat alleen wat u mag zien. Het verslag voor het gezin is in gewone taal; wat er is
        gezegd staat erin als er gezinsleden bij waren.
      </Paragraph>
      <DocumentDownload
        label="Verslag voor het gezin (PDF)"
        fetchDocument={fetchMinutes("FAMILY")}
        done={(fileName) => `Het verslag voor het gezin is gedownload als ${fileName}.`}
        failure="Het verslag is niet gedownload."
      />
      <DocumentDownload
        label="Verslag voor het team (PDF)"
        primary={false}
        fetchDocument={fetchMinutes("TEAM")}
        done={(fileName) => `Het verslag voor het team is gedownload als ${fileName}.`}
        failure="Het verslag is niet gedownload."
      />
    </section>
  );
}
