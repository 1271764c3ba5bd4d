package jp.houjin.keycloak.directory;

import java.util.List;
import java.util.Optional;

import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.Invitation;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The corporate directory as the authenticators see it: point lookups on indexes for the login path, paged
 * search for the console, and password checks against the stored hashes. Obtain it with
 * {@code session.getProvider(CorporateDirectory.class)}. Identifiers passed in must already be normalised
 * ({@link jp.houjin.keycloak.directory.text.InputNormalizer}).
 */
public interface CorporateDirectory extends Provider {

    Optional<Corporation> findCorporation(String corporateId);

    /** By the corporation's internal (UUID) id, which never changes and is never shown to users. */
    Optional<Corporation> findCorporationByInternalId(String id);

    Optional<CorporateUser> findUserById(String id);

    /** By corporate ID and user ID (case-insensitive user ID). */
    Optional<CorporateUser> findUser(String corporateId, String userId);

    /** By corporate ID and email (case-insensitive). */
    Optional<CorporateUser> findUserByEmail(String corporateId, String email);

    /** A user whose email is unique across the whole directory, if any. */
    Optional<CorporateUser> findUserByUniqueEmail(String email);

    /** Console search over corporate ID, user ID, names, kana and email; {@code *} or blank lists all. */
    List<CorporateUser> search(String term, int first, int max);

    long count(String term);

    Corporation createCorporation(String corporateId, String name);

    /** A corporate ID (8 digits, not starting with 0) that no corporation holds yet, for a corporation created without one. */
    String freeCorporateId();

    /** 法人一覧: the corporations matching the filter, ordered by corporate ID, paged in the database. */
    List<Corporation> corporations(CorporationFilter filter, int first, int max);

    /** How many corporations match the filter (the list's total). */
    long countCorporations(CorporationFilter filter);

    CorporateUser createUser(Corporation corporation, String userId);

    /**
     * 新規登録（法人）: a corporation in status PENDING under a new random corporate ID (8 digits, not used before);
     * {@code corporateNumber} may be null.
     */
    Corporation registerCorporation(String name, String corporateNumber);

    /** Every directory user with this email, in any corporation (case-insensitive), at most {@code max}. */
    List<CorporateUser> usersWithEmail(String email, int max);

    void setStatus(Corporation corporation, Corporation.Status status);

    /** Pending (never confirmed) corporations created before {@code createdBefore} (epoch millis), oldest first. */
    List<Corporation> pendingCorporations(long createdBefore, int max);

    /** Deletes a corporation with its users, invitations, links, allow-list and verification failures. */
    void deleteCorporation(Corporation corporation);

    void deleteUser(CorporateUser user);

    /**
     * True when the password matches. A hash that is not what the realm's hashing policy asks for (another algorithm
     * or other parameters, the directory's earlier PBKDF2 form, legacy bcrypt) is re-hashed under the policy in the
     * same transaction.
     */
    boolean verifyPassword(RealmModel realm, CorporateUser user, String password);

    /**
     * Spends as long as a real password check under the realm's hashing policy, so unknown accounts cannot be told
     * apart by timing.
     */
    void verifyDummyPassword(RealmModel realm, String password);

    /** Hashes the password under the realm's hashing policy. */
    void setPassword(RealmModel realm, CorporateUser user, String password);

    /** The corporation's IP allow-list, normalised entries in the order they were stored; empty: no restriction. */
    List<String> ipAllowList(Corporation corporation);

    /** Replaces the whole list; entries must be normalised by {@link jp.houjin.keycloak.directory.ip.IpRanges}. */
    void replaceIpAllowList(Corporation corporation, List<String> normalizedEntries);

    /**
     * Sets a temporary (initial) password that stops working at {@code expiresAt} (epoch millis); the next
     * {@link #setPassword} makes it permanent.
     */
    void setTemporaryPassword(RealmModel realm, CorporateUser user, String password, long expiresAt);

    /** Removes the password: the user cannot sign in until an admin sets or resets one. */
    void clearPassword(CorporateUser user);

    /** Creates a pending invitation; any earlier pending invitation of the user is superseded (its link dies). */
    Invitation createInvitation(CorporateUser user, String sentTo, String createdBy, long expiresAt);

    Optional<Invitation> findInvitation(String id);

    Optional<Invitation> pendingInvitation(CorporateUser user);

    /** The corporation's pending invitations, oldest first. */
    List<Invitation> pendingInvitations(Corporation corporation);

    /**
     * Stores only a salted slow hash of the bank account number (digits only). Verifiers (this and the access key)
     * are short digit strings: they keep the directory's own PBKDF2-SHA256 at
     * {@code --spi-corporate-directory--jpa--pbkdf2-iterations}, whatever the realm's policy for passwords says.
     */
    void setBankAccount(Corporation corporation, String digits);

    /** True when the digits match the stored bank-account verifier; false when none is stored. */
    boolean verifyBankAccount(Corporation corporation, String digits);

    /** Stores only a salted slow hash of the corporation's 8-digit アクセスキー (seed 003). */
    void setAccessKey(Corporation corporation, String digits);

    /** True when the digits match the stored access-key verifier; false (after as long) when none is stored. */
    boolean verifyAccessKey(Corporation corporation, String digits);

    /** Spends as long as checking a real verifier (bank account or access key) does. */
    void verifyDummyVerifier(String digits);

    /** The corporation's corporate admins, by user ID. */
    List<CorporateUser> admins(Corporation corporation);

    /**
     * An individual asks to be linked to a corporate account (seed 004): a {@link AccountLink.Status#PENDING} link
     * until the corporate account confirms it. An existing link (pending or confirmed) is returned as is.
     */
    AccountLink requestLink(String individualUserId, CorporateUser corporate, String linkedBy);

    /** The link (pending or confirmed) between an individual and a corporate account, if any: a point lookup. */
    Optional<AccountLink> findLink(String individualUserId, CorporateUser corporate);

    /** The corporate account consents: a pending link becomes confirmed. Empty when there is no pending link. */
    Optional<AccountLink> confirmLink(String individualUserId, CorporateUser corporate);

    /** True when a link existed and is gone. */
    boolean unlink(String individualUserId, CorporateUser corporate);

    /** The corporate accounts an individual is linked to with their consent (confirmed links only), oldest first. */
    List<AccountLink> linksOfIndividual(String individualUserId);

    /** The individuals linked to a corporate account or asking to be (連携者一覧: confirmed and pending), oldest first. */
    List<AccountLink> linksOf(CorporateUser corporate);

    /** Removes every link of an individual (their Keycloak account was deleted); returns how many. */
    int unlinkIndividual(String individualUserId);

    /** スタッフ管理: the corporation's users matching the filter, ordered by user ID, paged in the database. */
    List<CorporateUser> staff(Corporation corporation, StaffFilter filter, int first, int max);

    /** How many of the corporation's users match the filter (the list's total). */
    long countStaff(Corporation corporation, StaffFilter filter);

    /**
     * The corporation's corporate admins who may sign in (not login-suspended). Locks the corporation's row for the
     * rest of the transaction first, so two concurrent changes of admins cannot both pass a last-admin check.
     */
    long countActiveAdminsLocked(Corporation corporation);

    /** The corporation's メイングループ (made with the corporation; every user without another group is in it). */
    CorporateGroup mainGroup(Corporation corporation);

    /** A group of this corporation by its id; empty for an unknown id or another corporation's group. */
    Optional<CorporateGroup> findGroup(Corporation corporation, String groupId);

    /** {@code root} and every group below it, parents before children (by path). */
    List<CorporateGroup> groupsWithin(CorporateGroup root);

    /** The corporation's groups named exactly {@code name} (names are unique among siblings only). */
    List<CorporateGroup> groupsNamed(Corporation corporation, String name, int max);

    /** A new サブグループ under {@code parent}; the caller has checked the name and the depth. */
    CorporateGroup createGroup(CorporateGroup parent, String name);

    /** Moves the group (and everything below it) under {@code newParent}; the caller has checked it is not below itself. */
    void moveGroup(CorporateGroup group, CorporateGroup newParent);

    /** Deletes a サブグループ without members or sub-groups (the caller has checked). */
    void deleteGroup(CorporateGroup group);

    /** True when a sibling of the would-be group (a child of {@code parent}) already has this name. */
    boolean siblingNamed(CorporateGroup parent, String name);

    /** Direct members per group id, for {@code root} and every group below it (groups without members are absent). */
    java.util.Map<String, Long> memberCounts(CorporateGroup root);

    /** How many groups lie directly below the group. */
    long countChildren(CorporateGroup group);

    /** The deepest level (see {@link CorporateGroup#depth()}) among the group and those below it. */
    int deepestWithin(CorporateGroup group);

    /** グループ詳細: the group's own members (not those of its sub-groups), by user ID, paged in the database. */
    List<CorporateUser> members(CorporateGroup group, int first, int max);

    long countMembers(CorporateGroup group);
}
