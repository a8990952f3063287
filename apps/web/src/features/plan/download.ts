// The download helpers moved to components/download.ts (the family plan's PDF and the portfolio's export use
// them); kept here for the imports that still name this file.
export { base64ToBytes, downloadBytes } from "../../components/download";
