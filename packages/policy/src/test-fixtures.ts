import type { Actor, ProfessionalRole } from "@regiehub/domain";

// Shared by the policy's tests (not exported from the package).

/** A signed-in professional. */
export function actor(
  role: ProfessionalRole,
  organisationId: string,
  professionalId = `${role}-${organisationId}`,
  hasRegistration = false,
): Actor {
  return {
    kind: "professional",
    professionalId,
    organisationId,
    organisationKind: "OTHER",
    role,
    name: professionalId,
    hasRegistration,
  };
}
