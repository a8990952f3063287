export { FollowUpSection } from "./FollowUpSection";
