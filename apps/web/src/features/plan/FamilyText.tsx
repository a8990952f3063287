import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import type { FamilyPlanText } from "./familyText";

/** The B1 text: title, notice, introduction and sections, as the PDF has them. */
export function FamilyText({ text }: { text: FamilyPlanText }) {
  return (
    <div className="rh-family__text">
      <hgroup className="rh-family__title">
        <Heading level={2} id="family-plan-heading">
          {text.title}
        </Heading>
        <Paragraph className="rh-family__subtitle">{text.subtitle}</Paragraph>
      </hgroup>
      {text.notice.length > 0 ? (
        <Alert type="info" className="rh-alert rh-family__notice">
          {text.notice.map((line) => (
            <Paragraph key={line}>{line}</Paragraph>
          ))}
        </Alert>
      ) : null}
      <div className="rh-family__intro">
        {text.intro.map((line) => (
          <Paragraph key={line}>{line}</Paragraph>
        ))}
      </div>
      {text.sections.map((section) => (
        <section
          key={section.key}
          aria-labelledby={`family-${section.key}-heading`}
          className="rh-family__section"
        >
          <Heading level={3} id={`family-${section.key}-heading`}>
            {section.heading}
          </Heading>
          {section.paragraphs.map((p, i) => (
            <Paragraph key={i}>{p}</Paragraph>
          ))}
          {section.goals.map((goal, i) => (
            <FamilyGoal key={i} goal={goal} index={i} />
          ))}
        </section>
      ))}
      <Paragraph className="rh-muted rh-family__footer">{text.footer}</Paragraph>
    </div>
  );
}

type FamilyGoalText = FamilyPlanText["sections"][number]["goals"][number];

/** One goal in the family's words: its details and who does what. */
function FamilyGoal({ goal, index }: { goal: FamilyGoalText; index: number }) {
  return (
    <article aria-labelledby={`family-goal-${index}`} className="rh-family__goal">
      <Heading level={4} id={`family-goal-${index}`}>
        {goal.heading}
      </Heading>
      {goal.details.map((d) => (
        <Paragraph key={d}>{d}</Paragraph>
      ))}
      <Heading level={5}>{goal.whoDoesWhatHeading}</Heading>
      {goal.actions.length > 0 ? (
        <ul className="rh-stack-list">
          {goal.actions.map((a, j) => (
            <li
              key={j}
              className={a.overdue ? "rh-family__action rh-family__action--late" : "rh-family__action"}
            >
              <strong>{a.who}</strong>: {a.what}
              {a.when ? ` – ${a.when}` : ""} – <span className="rh-family__status">{a.status}</span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{goal.noActions}</Paragraph>
      )}
    </article>
  );
}
