import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Component tests (vitest project `web`, happy-dom): each test starts from an empty document.
afterEach(() => {
  cleanup();
});
