import { describe, expect, it } from "vitest";
import { errors } from "jose";
import { verifiedTokenCache } from "./authenticator";

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe("verified-token cache", () => {
  it("verifies a token once and answers repeats from the cache until it expires", async () => {
    const verify = verifiedTokenCache();
    let checks = 0;
    const check = async () => {
      checks++;
      return { payload: { sub: "p1", exp: inAnHour() } };
    };
    expect((await verify("token-a", check)).sub).toBe("p1");
    expect((await verify("token-a", check)).sub).toBe("p1");
    expect(checks).toBe(1);
    await verify("token-b", check);
    expect(checks).toBe(2);
  });

  it("verifies an expired entry again, and never caches a refusal", async () => {
    const verify = verifiedTokenCache();
    let checks = 0;
    await verify("old", async () => {
      checks++;
      return { payload: { sub: "p1", exp: Math.floor(Date.now() / 1000) - 1 } };
    });
    await verify("old", async () => {
      checks++;
      return { payload: { sub: "p1", exp: inAnHour() } };
    });
    expect(checks).toBe(2);
    const refuse = async (): Promise<never> => {
      checks++;
      throw new errors.JWSSignatureVerificationFailed();
    };
    await expect(verify("forged", refuse)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(verify("forged", refuse)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(checks).toBe(4);
  });

  it("keeps at most `max` tokens, dropping the oldest", async () => {
    const verify = verifiedTokenCache(2);
    let checks = 0;
    const check = async () => {
      checks++;
      return { payload: { exp: inAnHour() } };
    };
    await verify("1", check);
    await verify("2", check);
    await verify("3", check); // drops "1"
    await verify("2", check);
    expect(checks).toBe(3);
    await verify("1", check);
    expect(checks).toBe(4);
  });
});
