import { StatusBadge } from "@utrecht/component-library-react";
import { escalationLabel } from "../labels";

/** The escalation level of a case: muted at level 0, a badge that grows more urgent from level 1 to 3. */
export function EscalationBadge({ level }: { level: number }) {
  const [number, ...rest] = escalationLabel(level).split(" – ");
  const text = rest.length > 0 ? <span className="rh-escalation__text"> – {rest.join(" – ")}</span> : null;
  if (level <= 0) {
    return (
      <span className="rh-muted rh-escalation">
        {number}
        {text}
      </span>
    );
  }
  return (
    <StatusBadge
      status={level >= 3 ? "danger" : level === 2 ? "warning" : "neutral"}
      className={`rh-badge rh-escalation rh-escalation--${Math.min(level, 3)}`}
    >
      {number}
      {text}
    </StatusBadge>
  );
}
