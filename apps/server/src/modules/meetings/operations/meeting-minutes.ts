import { eq, sql } from "drizzle-orm";
import { AppError, meetingMinutesText, type MinutesAudience } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { requireActor, type Context } from "../../../graphql/context";
import { renderFamilyPlanPdf } from "../../plan-document/render-pdf";
import { recordDocumentExport, type IncludedItem } from "../../plan-document/family-plan-document";
import { loadReadableMeeting } from "../access";
import { visibleContributions, visibleDecisionActions } from "../views";

// Query.meetingMinutes: the minutes (verslag) of a meeting as a PDF, for the family (B1) or the team. Only what
// the reader may see goes in: contributions and actions come from the consent-scoped item reads; the question,
// date, chair and who was there are the meeting's process facts every reader of the case sees. Handing it out
// is an EXPORT, logged before the document leaves.

function fileSafe(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function meetingMinutes(ctx: Context, meetingId: string, audience: MinutesAudience) {
  const actor = requireActor(ctx);
  const { meeting } = await loadReadableMeeting(ctx.db, actor, meetingId);
  const [theCase] = await ctx.db.select().from(tables.cases).where(eq(tables.cases.id, meeting.caseId));
  if (!theCase) throw AppError.notFound("Meeting");
  const [decision] = await ctx.db
    .select()
    .from(tables.meetingDecisions)
    .where(eq(tables.meetingDecisions.meetingId, meeting.id));
  const contributions = await visibleContributions(ctx, meeting);
  const actions = decision ? await visibleDecisionActions(ctx, meeting.id) : [];
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(tables.meetingContributions)
    .where(eq(tables.meetingContributions.meetingId, meeting.id));

  const organisationName = async (id: string) =>
    (await ctx.loaders.organisation.load(id))?.name ?? "Onbekend";
  const professional = async (id: string) => {
    const p = await ctx.loaders.professional.load(id);
    return p ? `${p.name} (${await organisationName(p.organisationId)})` : "Onbekend";
  };
  const persons = await ctx.loaders.personsByCase.load(meeting.caseId);
  const presentPersonIds = decision?.presentPersonIds ?? [];
  const chair = (await ctx.loaders.professional.load(meeting.chairProfessionalId))?.name ?? "De voorzitter";

  const text = meetingMinutesText(
    {
      caseTitle: theCase.title,
      question: meeting.question,
      heldOn: meeting.heldOn,
      chair,
      professionalsPresent: await Promise.all((decision?.presentProfessionalIds ?? []).map(professional)),
      familyPresent: persons.filter((p) => presentPersonIds.includes(p.id)).map((p) => p.givenName),
      contributions: await Promise.all(
        contributions.map(async (c) => ({
          kind: c.content!.contributionKind,
          body: c.content!.body,
          organisation: await organisationName(c.authorOrganisationId),
          phase: c.content!.phase,
          premature: c.content!.premature,
        })),
      ),
      decision: decision
        ? {
            text: decision.decision,
            actions: await Promise.all(
              actions.map(async (a) => ({
                title: a.content!.title,
                who: await organisationName(a.content!.ownerOrganisationId),
                dueOn: a.content!.dueOn,
              })),
            ),
          }
        : null,
      hiddenContributions: Math.max(0, total - contributions.length),
    },
    audience,
    ctx.now,
  );
  const pdf = await renderFamilyPlanPdf(text, {
    title: `${text.title} – ${theCase.title} (${meeting.heldOn})`,
    subject:
      audience === "FAMILY"
        ? "Het verslag van het overleg in gewone taal: de vraag, wie er waren en wat er is afgesproken."
        : "Het verslag van het overleg voor het team.",
    createdAt: ctx.now,
  });

  // What the document shows of each item: the family version leaves out what was said when they were absent.
  const showsSaid = audience === "TEAM" || presentPersonIds.length > 0;
  const included: IncludedItem[] = [
    ...(showsSaid
      ? contributions.map((record) => ({
          record,
          fields: ["MeetingContribution.body", "MeetingContribution.contributionKind"],
        }))
      : []),
    ...actions.map((record) => ({
      record,
      fields: ["Action.title", "Action.ownerOrganisation", "Action.dueOn"],
    })),
  ];
  await recordDocumentExport(
    ctx,
    {
      caseId: meeting.caseId,
      kind: "MEETING_MINUTES_EXPORTED",
      field: audience === "FAMILY" ? "MeetingMinutes.family" : "MeetingMinutes.team",
      detail: `meeting minutes (${audience.toLowerCase()}), meeting ${meeting.id}`,
      subjectPersonIds: presentPersonIds,
    },
    included,
  );
  return {
    fileName: `verslag-${fileSafe(theCase.reference)}-${meeting.heldOn}${audience === "FAMILY" ? "-gezin" : "-team"}.pdf`,
    mediaType: "application/pdf",
    contentBase64: pdf.toString("base64"),
  };
}
