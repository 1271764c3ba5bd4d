/**
 * Sign-in lockout that an outsider cannot turn against a user. Two levels: failures for one account from one
 * client address ({@link jp.houjin.keycloak.lockout.AddressLock}: 5 within 15 minutes by default; an IPv6 client
 * counts by its /64) lock that address out of that account only; Keycloak's own brute-force detector, at a higher
 * threshold (realm-config: 15), locks the account everywhere. So guesses from someone else's network cost the
 * victim nothing until they come from several networks, while a victim's own mistakes lock only their own address.
 * The console's unlock and a new initial password lift both ({@link jp.houjin.keycloak.lockout.LockReleaseListener}).
 */
package jp.houjin.keycloak.lockout;
