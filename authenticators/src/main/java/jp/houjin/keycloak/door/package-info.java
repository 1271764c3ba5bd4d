/**
 * Keycloak's own doors, closed for corporate accounts. A corporate account gets a session or a token only through
 * the corporate sign-in forms, which apply the IP allow-list, suspension, lockout and temporary-password rules.
 * Keycloak's password grant and its reset-credentials flow cannot apply them (no page to show, no allow-list step),
 * so the flows realm-config binds for them start with a refusal of corporate accounts that looks and costs the same
 * as an unknown account. The federation provider itself never accepts a directory password for Keycloak's own
 * password checks either ({@code CorporateUserStorageProvider#isValid}), so a flow an admin builds from Keycloak's
 * stock forms cannot open a door again.
 */
package jp.houjin.keycloak.door;
