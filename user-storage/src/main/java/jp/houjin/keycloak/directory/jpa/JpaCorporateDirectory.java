package jp.houjin.keycloak.directory.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.persistence.TypedQuery;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.CorporationFilter;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.AccountLink;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateGroup;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.model.CorporationIpRange;
import jp.houjin.keycloak.directory.model.Invitation;
import jp.houjin.keycloak.directory.password.DirectoryPasswords;
import jp.houjin.keycloak.directory.password.PasswordHasher;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.jdbc.spi.LogicalConnectionImplementor;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;

final class JpaCorporateDirectory implements CorporateDirectory {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String USER_FETCH = "select u from CorporateUser u join fetch u.corporation c join fetch u.userGroup ";

    private final EntityManager em;
    /** Keycloak's transaction manager; null where there is none (then every lookup runs as it comes). */
    private final TransactionManager transactions;
    /** Whether this request has used the directory inside its transaction (see {@link #lookup}). */
    private boolean inTransaction;
    /** The verifiers (access key, bank account): the directory's own PBKDF2. */
    private final PasswordHasher hasher;
    private final DirectoryPasswords passwords;
    /**
     * Accounts this request found by 法人ID and user ID, by entity id. Keycloak asks for the same account several
     * times in one sign-in (the form, then its user-profile checks); the persistence context already holds the entity,
     * so a repeated lookup is a {@code find} without a query. Only found accounts are kept, and each use checks the
     * entity still carries that key, so a rename or a removal in this request is never answered from here.
     */
    private final Map<String, String> foundIds = new HashMap<>();

    JpaCorporateDirectory(EntityManager em, TransactionManager transactions, PasswordHasher hasher,
            DirectoryPasswords passwords) {
        this.em = em;
        this.transactions = transactions;
        this.hasher = hasher;
        this.passwords = passwords;
    }

    /** The entity manager, for anything but {@link #lookup}: from here on this request uses it in its transaction. */
    private EntityManager em() {
        inTransaction = true;
        return em;
    }

    /**
     * Runs a read of the sign-in path (corporation, account, allow-list) outside the request's JTA transaction, while
     * this request has not used the directory inside it and its persistence context holds no change. A sign-in only
     * reads the directory, but a read inside the transaction enlists the directory's XA datasource next to Keycloak's
     * own database (which every sign-in writes: login event, session), and two resources are committed in two
     * phases, with a transaction-log record written and synced for each sign-in. Read outside, the directory is no
     * participant and Keycloak's database commits alone, as in a stock realm. The entities still belong to this
     * request's persistence context, which stays joined to the transaction: a change made to them afterwards (a
     * password re-hashed under the policy, a profile saved) is flushed inside the transaction at commit, in two phases
     * as before. Once anything else has used the directory in this request — a write, a lock, any other query — or
     * while a change is pending (a query could flush it), reads run inside the transaction, so a request always reads
     * what it wrote. A read that fails outside marks the transaction for rollback, as a failure inside would.
     */
    private <T> T lookup(Function<EntityManager, T> read) {
        if (inTransaction || transactions == null) {
            return read.apply(em());
        }
        LogicalConnectionImplementor connection = em.unwrap(SessionImplementor.class).getJdbcCoordinator()
                .getLogicalConnection();
        Transaction request;
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE || connection.isPhysicallyConnected()
                    || em.unwrap(Session.class).isDirty()) {
                return read.apply(em());
            }
            if (!em.isJoinedToTransaction()) {
                em.joinTransaction();
            }
            request = transactions.suspend();
        } catch (SystemException e) {
            return read.apply(em());
        }
        boolean failed = true;
        try {
            T result = read.apply(em);
            failed = false;
            return result;
        } finally {
            // Hibernate would keep the connection until the transaction ends, and use it for what comes next: it goes
            // back to the pool here, so the next statement of this request gets one enlisted in the transaction.
            if (connection.isPhysicallyConnected()) {
                connection.manualDisconnect();
            }
            try {
                transactions.resume(request);
                if (failed) {
                    transactions.setRollbackOnly();
                }
            } catch (InvalidTransactionException | SystemException e) {
                throw new IllegalStateException("Could not resume the request's transaction after a directory read", e);
            }
        }
    }

    @Override
    public Optional<Corporation> findCorporation(String corporateId) {
        if (corporateId == null) {
            return Optional.empty();
        }
        return lookup(m -> m.createQuery("select c from Corporation c where c.corporateId = :cid", Corporation.class)
                .setParameter("cid", corporateId).getResultStream().findFirst());
    }

    @Override
    public Optional<Corporation> findCorporationByInternalId(String id) {
        return id == null ? Optional.empty() : lookup(m -> Optional.ofNullable(m.find(Corporation.class, id)));
    }

    @Override
    public Optional<CorporateUser> findUserById(String id) {
        return id == null ? Optional.empty() : lookup(m -> Optional.ofNullable(m.find(CorporateUser.class, id)));
    }

    @Override
    public Optional<CorporateUser> findUser(String corporateId, String userId) {
        if (corporateId == null || userId == null) {
            return Optional.empty();
        }
        String key = InputNormalizer.key(userId);
        String known = foundIds.get(corporateId + ":" + key);
        CorporateUser cached = known == null ? null : lookup(m -> m.find(CorporateUser.class, known));
        if (cached != null && key.equals(cached.getUserIdKey())
                && corporateId.equals(cached.getCorporation().getCorporateId())) {
            return Optional.of(cached);
        }
        Optional<CorporateUser> found = findUserBy("userIdKey", corporateId, userId);
        found.ifPresent(u -> foundIds.put(corporateId + ":" + key, u.getId()));
        return found;
    }

    @Override
    public Optional<CorporateUser> findUserByEmail(String corporateId, String email) {
        return findUserBy("emailKey", corporateId, email);
    }

    /** One indexed point lookup: the corporation's user whose normalised key ({@code userIdKey}, {@code emailKey}) matches. */
    private Optional<CorporateUser> findUserBy(String keyField, String corporateId, String value) {
        if (corporateId == null || value == null) {
            return Optional.empty();
        }
        return lookup(m -> m.createQuery(USER_FETCH + "where c.corporateId = :cid and u." + keyField + " = :key",
                CorporateUser.class).setParameter("cid", corporateId).setParameter("key", InputNormalizer.key(value))
                .getResultStream().findFirst());
    }

    @Override
    public Optional<CorporateUser> findUserByUniqueEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        List<CorporateUser> found = lookup(m -> m.createQuery(USER_FETCH + "where u.emailKey = :email", CorporateUser.class)
                .setParameter("email", InputNormalizer.key(email)).setMaxResults(2).getResultList());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public List<CorporateUser> search(String term, int first, int max) {
        SearchQuery q = SearchQuery.of(term);
        TypedQuery<CorporateUser> query = em().createQuery(USER_FETCH + q.where() + " order by c.corporateId, u.userIdKey",
                CorporateUser.class);
        q.bind(query);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(max <= 0 ? Integer.MAX_VALUE : max).getResultList();
    }

    @Override
    public long count(String term) {
        SearchQuery q = SearchQuery.of(term);
        TypedQuery<Long> query = em().createQuery("select count(u) from CorporateUser u join u.corporation c " + q.where(),
                Long.class);
        q.bind(query);
        return query.getSingleResult();
    }

    @Override
    public Corporation createCorporation(String corporateId, String name) {
        Corporation c = new Corporation();
        c.setCorporateId(corporateId);
        c.setName(name);
        c.setStatus(Corporation.Status.ACTIVE);
        em().persist(c);
        newMainGroup(c);
        return c;
    }

    @Override
    public Corporation registerCorporation(String name, String corporateNumber) {
        Corporation c = createCorporation(freeCorporateId(), name);
        c.setCorporateNumber(corporateNumber);
        c.setStatus(Corporation.Status.PENDING);
        return c;
    }

    @Override
    public String freeCorporateId() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String corporateId = String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000));
            if (findCorporation(corporateId).isEmpty()) {
                return corporateId;
            }
        }
        throw new IllegalStateException("No free corporate ID found");
    }

    @Override
    public List<Corporation> corporations(CorporationFilter filter, int first, int max) {
        CorporationSearch search = new CorporationSearch(filter);
        // The page's 法人IDs first, from the index on 法人ID and search_key alone (migration 14), then its rows. The
        // second sort key never decides (法人IDs are unique); it makes H2 walk that index rather than the 法人ID's own.
        List<String> ids = search.bind(em().createQuery("select c.corporateId from Corporation c " + search.where()
                + " order by c.corporateId, c.searchKey", String.class)).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 1)).getResultList();
        return ids.isEmpty() ? List.of() : em().createQuery("select c from Corporation c where c.corporateId in :ids"
                + " order by c.corporateId", Corporation.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public long countCorporations(CorporationFilter filter) {
        CorporationSearch search = new CorporationSearch(filter);
        return search.bind(em().createQuery("select count(*) from Corporation c " + search.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public List<CorporateUser> usersWithEmail(String email, int max) {
        if (email == null) {
            return List.of();
        }
        return em().createQuery(USER_FETCH + "where u.emailKey = :email order by c.corporateId", CorporateUser.class)
                .setParameter("email", InputNormalizer.key(email)).setMaxResults(max).getResultList();
    }

    @Override
    public void setStatus(Corporation corporation, Corporation.Status status) {
        Corporation managed = em().contains(corporation) ? corporation : em().merge(corporation);
        managed.setStatus(status);
    }

    @Override
    public List<Corporation> pendingCorporations(long createdBefore, int max) {
        return em().createQuery("select c from Corporation c where c.status = :pending and c.createdAt < :before order by c.createdAt",
                Corporation.class).setParameter("pending", Corporation.Status.PENDING.name())
                .setParameter("before", createdBefore).setMaxResults(max).getResultList();
    }

    @Override
    public void deleteCorporation(Corporation corporation) {
        Corporation managed = em().contains(corporation) ? corporation : em().merge(corporation);
        for (CorporateUser user : em().createQuery("select u from CorporateUser u where u.corporation = :c", CorporateUser.class)
                .setParameter("c", managed).getResultList()) {
            deleteUser(user);
        }
        em().createQuery("delete from CorporationIpRange r where r.corporation = :c").setParameter("c", managed).executeUpdate();
        // Children before parents (deeper paths first), as entities: a group this request already loaded (the
        // メイングループ of a new account, say) must leave the persistence context too, or the flush would find it
        // pointing at the removed corporation.
        List<CorporateGroup> groups = em().createQuery("select g from CorporateGroup g where g.corporation = :c",
                CorporateGroup.class).setParameter("c", managed).getResultList();
        groups.stream().sorted(java.util.Comparator.comparingInt((CorporateGroup g) -> g.getPath().length()).reversed())
                .forEach(em()::remove);
        em().remove(managed);
    }

    @Override
    public CorporateUser createUser(Corporation corporation, String userId) {
        CorporateUser u = new CorporateUser();
        u.setCorporation(corporation);
        u.setUserId(userId);
        u.setGroup(mainGroup(corporation));
        u.setRole(CorporateUser.Role.USER);
        u.setStatus(CorporateUser.Status.ACTIVE);
        em().persist(u);
        return u;
    }

    @Override
    public void deleteUser(CorporateUser user) {
        em().createQuery("delete from AccountLink l where l.corporateUser = :u").setParameter("u", user).executeUpdate();
        em().createQuery("delete from Invitation i where i.user = :u").setParameter("u", user).executeUpdate();
        em().remove(em().contains(user) ? user : em().merge(user));
    }

    @Override
    public boolean verifyPassword(RealmModel realm, CorporateUser user, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHasher.Check check = passwords.verify(policy, password, user.getPasswordHash());
        if (check == PasswordHasher.Check.VALID_NEEDS_UPGRADE) {
            user.setPasswordHash(passwords.hash(policy, password));
        }
        return check != PasswordHasher.Check.INVALID;
    }

    @Override
    public void verifyDummyPassword(RealmModel realm, String password) {
        passwords.dummy(realm.getPasswordPolicy(), password);
    }

    @Override
    public void setPassword(RealmModel realm, CorporateUser user, String password) {
        setPassword(realm.getPasswordPolicy(), user, password);
    }

    /** Under the given policy: the demo data is loaded before any realm exists (Keycloak's default policy). */
    void setPassword(PasswordPolicy policy, CorporateUser user, String password) {
        user.setPasswordHash(passwords.hash(policy, password));
        user.setTempPasswordExpiresAt(null);
    }

    @Override
    public void setTemporaryPassword(RealmModel realm, CorporateUser user, String password, long expiresAt) {
        user.setPasswordHash(passwords.hash(realm.getPasswordPolicy(), password));
        user.setTempPasswordExpiresAt(expiresAt);
    }

    @Override
    public void clearPassword(CorporateUser user) {
        user.setPasswordHash(null);
        user.setTempPasswordExpiresAt(null);
    }

    @Override
    public Invitation createInvitation(CorporateUser user, String sentTo, String createdBy, long expiresAt) {
        pendingInvitation(user).ifPresent(old -> old.setStatus(Invitation.Status.SUPERSEDED));
        Invitation invitation = new Invitation();
        invitation.setUser(user);
        invitation.setSentTo(sentTo);
        invitation.setCreatedBy(createdBy);
        invitation.setExpiresAt(expiresAt);
        invitation.setStatus(Invitation.Status.PENDING);
        em().persist(invitation);
        return invitation;
    }

    @Override
    public Optional<Invitation> findInvitation(String id) {
        return Optional.ofNullable(id == null ? null : em().find(Invitation.class, id));
    }

    @Override
    public Optional<Invitation> pendingInvitation(CorporateUser user) {
        return em().createQuery("select i from Invitation i where i.user = :u and i.status = 'PENDING' order by i.createdAt desc",
                Invitation.class).setParameter("u", user).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Invitation> pendingInvitations(Corporation corporation) {
        return em().createQuery("select i from Invitation i join fetch i.user u where u.corporation = :c"
                + " and i.status = 'PENDING' order by i.createdAt, i.id", Invitation.class)
                .setParameter("c", corporation).getResultList();
    }

    @Override
    public List<String> ipAllowList(Corporation corporation) {
        return lookup(m -> m.createQuery("select r.cidr from CorporationIpRange r where r.corporation = :c"
                + " order by r.createdAt, r.id", String.class).setParameter("c", corporation).getResultList());
    }

    @Override
    public void replaceIpAllowList(Corporation corporation, List<String> normalizedEntries) {
        em().createQuery("delete from CorporationIpRange r where r.corporation = :c").setParameter("c", corporation)
                .executeUpdate();
        long now = System.currentTimeMillis();
        for (String cidr : new java.util.LinkedHashSet<>(normalizedEntries)) {
            CorporationIpRange range = new CorporationIpRange();
            range.setCorporation(corporation);
            range.setCidr(cidr);
            // Stored together: each a millisecond after the previous, so the list keeps its order.
            range.setCreatedAt(now++);
            em().persist(range);
        }
        corporation.touch();
    }

    @Override
    public void setBankAccount(Corporation corporation, String digits) {
        corporation.setBankAccountVerifier(hasher.hash(digits));
    }

    @Override
    public void setAccessKey(Corporation corporation, String digits) {
        Corporation managed = em().contains(corporation) ? corporation : em().merge(corporation);
        managed.setAccessKeyVerifier(hasher.hash(digits));
    }

    @Override
    public boolean verifyAccessKey(Corporation corporation, String digits) {
        return verify(digits, corporation.getAccessKeyVerifier());
    }

    @Override
    public boolean verifyBankAccount(Corporation corporation, String digits) {
        return verify(digits, corporation.getBankAccountVerifier());
    }

    /** A number against its stored verifier; none stored costs the same time and fails. */
    private boolean verify(String digits, String verifier) {
        if (verifier == null) {
            hasher.verifyDummy(digits);
            return false;
        }
        return hasher.verify(digits, verifier) != PasswordHasher.Check.INVALID;
    }

    @Override
    public void verifyDummyVerifier(String digits) {
        hasher.verifyDummy(digits);
    }

    @Override
    public List<CorporateUser> admins(Corporation corporation) {
        return em().createQuery(USER_FETCH + "where u.corporation = :c and u.role = 'ADMIN' order by u.userIdKey",
                CorporateUser.class).setParameter("c", corporation).getResultList();
    }

    @Override
    public Optional<AccountLink> findLink(String individualUserId, CorporateUser corporate) {
        return em().createQuery("select l from AccountLink l where l.individualUserId = :i and l.corporateUser = :u",
                AccountLink.class).setParameter("i", individualUserId).setParameter("u", corporate).getResultStream()
                .findFirst();
    }

    @Override
    public AccountLink requestLink(String individualUserId, CorporateUser corporate, String linkedBy) {
        Optional<AccountLink> existing = findLink(individualUserId, corporate);
        if (existing.isPresent()) {
            return existing.get();
        }
        AccountLink link = new AccountLink();
        link.setIndividualUserId(individualUserId);
        link.setCorporateUser(corporate);
        link.setLinkedBy(linkedBy);
        link.setLinkedAt(System.currentTimeMillis());
        link.setStatus(AccountLink.Status.PENDING);
        em().persist(link);
        return link;
    }

    @Override
    public Optional<AccountLink> confirmLink(String individualUserId, CorporateUser corporate) {
        Optional<AccountLink> pending = em().createQuery("select l from AccountLink l where l.individualUserId = :i"
                + " and l.corporateUser = :u and l.status = :s", AccountLink.class).setParameter("i", individualUserId)
                .setParameter("u", corporate).setParameter("s", AccountLink.Status.PENDING).getResultStream().findFirst();
        pending.ifPresent(l -> {
            l.setStatus(AccountLink.Status.CONFIRMED);
            l.setConfirmedAt(System.currentTimeMillis());
        });
        return pending;
    }

    @Override
    public boolean unlink(String individualUserId, CorporateUser corporate) {
        return em().createQuery("delete from AccountLink l where l.individualUserId = :i and l.corporateUser = :u")
                .setParameter("i", individualUserId).setParameter("u", corporate).executeUpdate() > 0;
    }

    @Override
    public int unlinkIndividual(String individualUserId) {
        return em().createQuery("delete from AccountLink l where l.individualUserId = :i")
                .setParameter("i", individualUserId).executeUpdate();
    }

    @Override
    public List<AccountLink> linksOfIndividual(String individualUserId) {
        return em().createQuery("select l from AccountLink l join fetch l.corporateUser u join fetch u.corporation"
                + " where l.individualUserId = :i and l.status = :s order by l.linkedAt, l.id", AccountLink.class)
                .setParameter("i", individualUserId).setParameter("s", AccountLink.Status.CONFIRMED).getResultList();
    }

    @Override
    public List<AccountLink> linksOf(CorporateUser corporate) {
        return em().createQuery("select l from AccountLink l where l.corporateUser = :u order by l.linkedAt, l.id",
                AccountLink.class).setParameter("u", corporate).getResultList();
    }

    @Override
    public void close() {
    }

    @Override
    public List<CorporateUser> staff(Corporation corporation, StaffFilter filter, int first, int max) {
        StaffSearch search = new StaffSearch(corporation, filter);
        // The page's user IDs first, from the index on corporation, user ID and search_key alone (migration 13; the
        // order names the corporation too, or H2 sorts instead of walking the index), then its rows.
        List<String> keys = search.bind(em().createQuery("select u.userIdKey from CorporateUser u " + search.where()
                + " order by u.corporation.id, u.userIdKey", String.class)).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 1)).getResultList();
        return keys.isEmpty() ? List.of() : em().createQuery(USER_FETCH + "where u.corporation = :corporation"
                + " and u.userIdKey in :keys order by u.userIdKey", CorporateUser.class)
                .setParameter("corporation", corporation).setParameter("keys", keys).getResultList();
    }

    @Override
    public long countStaff(Corporation corporation, StaffFilter filter) {
        StaffSearch search = new StaffSearch(corporation, filter);
        return search.bind(em().createQuery("select count(*) from CorporateUser u " + search.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public long countActiveAdminsLocked(Corporation corporation) {
        Corporation managed = em().contains(corporation) ? corporation : em().merge(corporation);
        em().lock(managed, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return em().createQuery("select count(u) from CorporateUser u where u.corporation = :c and u.role = :admin"
                + " and u.status = :active", Long.class).setParameter("c", managed)
                .setParameter("admin", CorporateUser.Role.ADMIN.name())
                .setParameter("active", CorporateUser.Status.ACTIVE.name()).getSingleResult();
    }

    /**
     * The メイングループ's id is its corporation's id (migration 10 and {@link #createCorporation} make it so): a point
     * lookup. A corporation the business system inserted without one gets it here, on first need; the primary key
     * keeps two requests from making two.
     */
    @Override
    public CorporateGroup mainGroup(Corporation corporation) {
        CorporateGroup main = em().find(CorporateGroup.class, corporation.getId());
        return main != null ? main : newMainGroup(corporation);
    }

    private CorporateGroup newMainGroup(Corporation corporation) {
        CorporateGroup main = new CorporateGroup();
        main.setId(corporation.getId());
        main.setCorporation(corporation);
        main.setName(corporation.getName());
        main.placeUnder(null);
        em().persist(main);
        return main;
    }

    @Override
    public Optional<CorporateGroup> findGroup(Corporation corporation, String groupId) {
        CorporateGroup group = groupId == null || groupId.length() > 36 ? null : em().find(CorporateGroup.class, groupId);
        return group != null && group.getCorporation().getId().equals(corporation.getId()) ? Optional.of(group)
                : Optional.empty();
    }

    @Override
    public List<CorporateGroup> groupsWithin(CorporateGroup root) {
        return em().createQuery("select g from CorporateGroup g where g.corporation = :c and g.path like :p order by g.path",
                CorporateGroup.class).setParameter("c", root.getCorporation()).setParameter("p", root.getPath() + "%")
                .getResultList();
    }

    @Override
    public List<CorporateGroup> groupsNamed(Corporation corporation, String name, int max) {
        return em().createQuery("select g from CorporateGroup g where g.corporation = :c and g.name = :n order by g.path",
                CorporateGroup.class).setParameter("c", corporation).setParameter("n", name).setMaxResults(max)
                .getResultList();
    }

    @Override
    public CorporateGroup createGroup(CorporateGroup parent, String name) {
        CorporateGroup group = new CorporateGroup();
        group.setId(java.util.UUID.randomUUID().toString());
        group.setCorporation(parent.getCorporation());
        group.setName(name);
        group.placeUnder(parent);
        em().persist(group);
        return group;
    }

    @Override
    public void moveGroup(CorporateGroup group, CorporateGroup newParent) {
        String oldPath = group.getPath();
        group.placeUnder(newParent);
        em().flush();
        // Everything below follows: its path starts with the new one instead of the old one.
        em().createQuery("update CorporateGroup g set g.path = concat(:newPath, substring(g.path, :cut))"
                + " where g.corporation = :c and g.path like :old and g.id <> :id")
                .setParameter("newPath", group.getPath()).setParameter("cut", oldPath.length() + 1)
                .setParameter("c", group.getCorporation()).setParameter("old", oldPath + "%")
                .setParameter("id", group.getId()).executeUpdate();
        // The bulk update went around the persistence context: loaded groups below re-read their path.
        for (CorporateGroup loaded : em().createQuery("select g from CorporateGroup g where g.corporation = :c and g.path like :p",
                CorporateGroup.class).setParameter("c", group.getCorporation()).setParameter("p", group.getPath() + "%")
                .getResultList()) {
            em().refresh(loaded);
        }
    }

    @Override
    public void deleteGroup(CorporateGroup group) {
        em().remove(group);
    }

    @Override
    public boolean siblingNamed(CorporateGroup parent, String name) {
        return !em().createQuery("select g.id from CorporateGroup g where g.parent = :p and g.name = :n", String.class)
                .setParameter("p", parent).setParameter("n", name).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Map<String, Long> memberCounts(CorporateGroup root) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em().createQuery("select u.userGroup.id, count(u) from CorporateUser u where u.corporation = :c"
                + " and u.userGroup.path like :p group by u.userGroup.id", Object[].class)
                .setParameter("c", root.getCorporation()).setParameter("p", root.getPath() + "%").getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public long countChildren(CorporateGroup group) {
        return em().createQuery("select count(g) from CorporateGroup g where g.parent = :p", Long.class)
                .setParameter("p", group).getSingleResult();
    }

    @Override
    public int deepestWithin(CorporateGroup group) {
        return em().createQuery("select g.path from CorporateGroup g where g.corporation = :c and g.path like :p", String.class)
                .setParameter("c", group.getCorporation()).setParameter("p", group.getPath() + "%").getResultStream()
                .mapToInt(CorporateGroup::depthOf).max().orElse(group.depth());
    }

    @Override
    public List<CorporateUser> members(CorporateGroup group, int first, int max) {
        return em().createQuery(USER_FETCH + "where u.userGroup = :g order by u.userIdKey", CorporateUser.class)
                .setParameter("g", group).setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(max, 1))
                .getResultList();
    }

    @Override
    public long countMembers(CorporateGroup group) {
        return em().createQuery("select count(u) from CorporateUser u where u.userGroup = :g", Long.class)
                .setParameter("g", group).getSingleResult();
    }
}
