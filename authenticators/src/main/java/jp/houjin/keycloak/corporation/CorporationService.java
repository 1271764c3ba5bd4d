package jp.houjin.keycloak.corporation;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.common.DirectoryWork;
import jp.houjin.keycloak.common.ProfileFields;
import jp.houjin.keycloak.common.UserSessions;
import jp.houjin.keycloak.directory.CorporationFilter;
import jp.houjin.keycloak.directory.ListTotal;
import jp.houjin.keycloak.directory.StaffFilter;
import jp.houjin.keycloak.directory.model.Corporation;
import jp.houjin.keycloak.directory.model.CorporateUser;
import jp.houjin.keycloak.directory.storage.DirectoryAccounts;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserManager;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * 法人一覧 / 法人登録 / 法人詳細: what the portal's operators do to corporations, written once for the console pages
 * and the admin REST. The caller has checked the operator's realm-management roles (view-users to read, manage-users
 * to write) with Keycloak's admin permission evaluator. Corporations are named by 法人ID; every write is an admin event
 * (resource type {@value #RESOURCE_TYPE}, detail {@value #DETAIL_ACTION}) with the operator as its auth user, never
 * with a verifier in it. Refusals are {@link CorporationRefusal}s, thrown before anything changed.
 */
public final class CorporationService extends DirectoryWork {

    public static final String RESOURCE_TYPE = "HOUJIN_CORPORATION";
    public static final String ACCESS_KEY_RESOURCE_TYPE = "HOUJIN_CERTIFICATE_SIGN_IN";
    public static final String DETAIL_ACTION = "houjin_action";
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 20;
    static final int MAX_NAME = 200;
    /** Users are ended and removed in batches of this size (suspension, deletion). */
    private static final int BATCH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminAuth auth;

    /** {@code auth} names the acting operator (user, token, client) for the admin events. */
    public CorporationService(KeycloakSession session, AdminAuth auth) {
        super(session, session.getContext().getRealm());
        this.auth = auth;
    }

    /** One page of the corporations matching the search and status, ordered by 法人ID, searched and paged in the database. */
    public CorporationList list(String search, Corporation.Status status, int first, int max) {
        CorporationFilter filter = new CorporationFilter(search, status);
        int from = Math.max(first, 0);
        int size = max <= 0 ? DEFAULT_PAGE : Math.min(max, MAX_PAGE);
        List<CorporationSummary> page = directory.corporations(filter, from, size).stream().map(CorporationSummary::of)
                .toList();
        return new CorporationList(page, ListTotal.of(from, size, page.size(), () -> directory.countCorporations(filter)),
                from, size);
    }

    /** The corporation (entity, of this request) named by its 法人ID; not found otherwise. */
    public Corporation find(String rawCorporateId) {
        InputNormalizer.Result id = InputNormalizer.corporateId(rawCorporateId);
        return (id.ok() ? directory.findCorporation(id.value()) : java.util.Optional.<Corporation>empty())
                .orElseThrow(() -> new CorporationRefusal(CorporationRefusal.Reason.CORPORATION_NOT_FOUND));
    }

    public CorporationSummary detail(String corporateId) {
        return CorporationSummary.of(find(corporateId));
    }

    /** How many users the corporation has. */
    public long userCount(String corporateId) {
        return directory.countStaff(find(corporateId), StaffFilter.ALL);
    }

    /** The corporation's IP allow-list (normalised entries); empty: no restriction. */
    public List<String> ipAllowList(String corporateId) {
        return directory.ipAllowList(find(corporateId));
    }

    /** 法人登録: a corporation with a given or assigned 法人ID; nobody in it yet (its first admin is added as staff). */
    public CorporationSummary create(NewCorporation input) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        String corporateId = null;
        if (input.corporateId() != null && !input.corporateId().isBlank()) {
            InputNormalizer.Result id = InputNormalizer.corporateId(input.corporateId());
            if (!id.ok()) {
                errors.put("corporateId", "houjinCorporationIdFormat");
            } else {
                corporateId = id.value();
            }
        }
        name(values, errors, input.name());
        ProfileFields.optionalKana(values, errors, "nameKana", input.nameKana());
        String number = optionalCorporateNumber(errors, input.corporateNumber());
        Corporation.Status status = Corporation.Status.ACTIVE;
        try {
            Corporation.Status parsed = CorporationSummary.parseStatus("status", input.status());
            if (parsed == Corporation.Status.PENDING) {
                errors.put("status", "houjinConsoleInvalidValue");
            } else if (parsed != null) {
                status = parsed;
            }
        } catch (CorporationRefusal refusal) {
            errors.putAll(refusal.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new CorporationRefusal(CorporationRefusal.Reason.INVALID_INPUT, errors);
        }
        if (corporateId != null && directory.findCorporation(corporateId).isPresent()) {
            throw new CorporationRefusal(CorporationRefusal.Reason.CORPORATE_ID_TAKEN,
                    Map.of("corporateId", "houjinCorporationRefused_corporate_id_taken"));
        }
        Corporation corporation = directory.createCorporation(corporateId != null ? corporateId : directory.freeCorporateId(),
                values.get("name"));
        corporation.setNameKana(values.get("nameKana"));
        corporation.setCorporateNumber(number);
        corporation.setStatus(status);
        return audited(OperationType.CREATE, "create", corporation);
    }

    /** The name and フリガナ. */
    public CorporationSummary update(String corporateId, CorporationChange change) {
        Corporation corporation = find(corporateId);
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        name(values, errors, change == null ? null : change.name());
        ProfileFields.optionalKana(values, errors, "nameKana", change == null ? null : change.nameKana());
        if (!errors.isEmpty()) {
            throw new CorporationRefusal(CorporationRefusal.Reason.INVALID_INPUT, errors);
        }
        corporation.setName(values.get("name"));
        corporation.setNameKana(values.get("nameKana"));
        return audited(OperationType.UPDATE, "update", corporation);
    }

    /**
     * 契約停止 (true) or its end (false). At suspension every session of the corporation's users ends and tokens issued
     * before stop working; sign-in refuses them with 「{法人ID}へのアクセスは制限されています。」 until resumed.
     */
    public CorporationSummary setSuspended(String corporateId, boolean suspended) {
        Corporation corporation = find(corporateId);
        Corporation.Status from = suspended ? Corporation.Status.ACTIVE : Corporation.Status.SUSPENDED;
        if (corporation.getStatus() != from) {
            throw new CorporationRefusal(CorporationRefusal.Reason.STATUS_CONFLICT);
        }
        directory.setStatus(corporation, suspended ? Corporation.Status.SUSPENDED : Corporation.Status.ACTIVE);
        if (suspended) {
            long total = directory.countStaff(corporation, StaffFilter.ALL);
            for (int first = 0; first < total; first += BATCH) {
                for (CorporateUser user : directory.staff(corporation, StaffFilter.ALL, first, BATCH)) {
                    UserModel model = DirectoryAccounts.userOf(session, realm, user);
                    if (model != null) {
                        UserSessions.endAll(session, realm, model);
                    }
                }
            }
        }
        return audited(OperationType.UPDATE, suspended ? "suspend" : "resume", corporation);
    }

    /**
     * Deletes the corporation with its users (through Keycloak: sessions, caches, federated data), their
     * invitations and account links, and its IP allow-list. {@code confirmation} must repeat the 法人ID.
     */
    public void delete(String corporateId, String confirmation) {
        Corporation corporation = find(corporateId);
        InputNormalizer.Result typed = InputNormalizer.corporateId(confirmation);
        if (!typed.ok() || !typed.value().equals(corporation.getCorporateId())) {
            throw new CorporationRefusal(CorporationRefusal.Reason.CONFIRMATION_MISMATCH,
                    Map.of("confirmCorporateId", "houjinCorporationRefused_confirmation_mismatch"));
        }
        remove(corporation, "delete");
    }

    /** Discards a sign-up (新規登録（法人）) that was never confirmed: the pending corporation and its admin go. */
    public void discardSignup(String corporateId) {
        Corporation corporation = find(corporateId);
        if (!corporation.isPending()) {
            throw new CorporationRefusal(CorporationRefusal.Reason.STATUS_CONFLICT);
        }
        remove(corporation, "discard_signup");
    }

    /** Sets the 法人番号 and/or the 振込口座番号 (only its slow hash is stored); blank ones are left as they are. */
    public CorporationSummary setVerification(String corporateId, VerificationNumbers numbers) {
        Corporation corporation = find(corporateId);
        Map<String, String> errors = new LinkedHashMap<>();
        String number = optionalCorporateNumber(errors, numbers == null ? null : numbers.corporateNumber());
        String account = null;
        String rawAccount = numbers == null ? null : numbers.bankAccountNumber();
        if (rawAccount != null && !rawAccount.isBlank()) {
            InputNormalizer.Result checked = InputNormalizer.bankAccount(rawAccount);
            if (checked.ok()) {
                account = checked.value();
            } else {
                errors.put("bankAccountNumber", "houjinCorporationBankAccountFormat");
            }
        }
        if (errors.isEmpty() && number == null && account == null) {
            errors.put("corporateNumber", "houjinCorporationVerificationRequired");
        }
        if (!errors.isEmpty()) {
            throw new CorporationRefusal(CorporationRefusal.Reason.INVALID_INPUT, errors);
        }
        if (number != null) {
            corporation.setCorporateNumber(number);
        }
        if (account != null) {
            directory.setBankAccount(corporation, account);
        }
        return audited(OperationType.UPDATE, "verification", corporation);
    }

    /**
     * Issues the corporation's アクセスキー for the certificate sign-in (seed 003): 8 random digits, answered once,
     * stored only as a slow salted hash; any earlier key stops working.
     */
    public IssuedAccessKey issueAccessKey(String corporateId) {
        Corporation corporation = find(corporateId);
        String key = String.format("%08d", RANDOM.nextInt(100_000_000));
        directory.setAccessKey(corporation, key);
        event().resource(ACCESS_KEY_RESOURCE_TYPE).operation(OperationType.UPDATE)
                .resourcePath("corporations", corporation.getCorporateId(), "access-key")
                .representation(Map.of("corporateId", corporation.getCorporateId())).detail(DETAIL_ACTION, "access_key")
                .success();
        return new IssuedAccessKey(corporation.getCorporateId(), key);
    }

    private void remove(Corporation corporation, String action) {
        CorporationSummary before = CorporationSummary.of(corporation);
        UserManager users = new UserManager(session);
        List<CorporateUser> batch;
        while (!(batch = directory.staff(corporation, StaffFilter.ALL, 0, BATCH)).isEmpty()) {
            for (CorporateUser user : batch) {
                UserModel model = DirectoryAccounts.userOf(session, realm, user);
                if (model != null) {
                    UserSessions.endAll(session, realm, model);
                }
                if (model == null || !users.removeUser(realm, model)) {
                    directory.deleteUser(user);
                }
            }
        }
        directory.deleteCorporation(corporation);
        event().resource(RESOURCE_TYPE).operation(OperationType.DELETE)
                .resourcePath("corporations", before.corporateId()).representation(before).detail(DETAIL_ACTION, action)
                .success();
    }

    private CorporationSummary audited(OperationType operation, String action, Corporation corporation) {
        CorporationSummary after = CorporationSummary.of(corporation);
        event().resource(RESOURCE_TYPE).operation(operation).resourcePath("corporations", after.corporateId())
                .representation(after).detail(DETAIL_ACTION, action).success();
        return after;
    }

    private AdminEventBuilder event() {
        return new AdminEventBuilder(realm, auth, session, session.getContext().getConnection());
    }

    /** A corporation's name: required, at most {@value #MAX_NAME} characters, no control characters; markup is text. */
    private static void name(Map<String, String> values, Map<String, String> errors, String raw) {
        String value = raw == null ? "" : InputNormalizer.normalize(raw);
        values.put("name", value);
        if (raw != null && InputNormalizer.hasControl(raw)) {
            errors.put("name", "houjinControlCharacter");
        } else if (value.isEmpty()) {
            errors.put("name", "houjinCorporationNameRequired");
        } else if (value.length() > MAX_NAME) {
            errors.put("name", ProfileFields.encode("houjinValueTooLong", new Object[] {MAX_NAME}));
        }
    }

    private static String optionalCorporateNumber(Map<String, String> errors, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        InputNormalizer.Result checked = InputNormalizer.corporateNumber(raw);
        if (!checked.ok()) {
            errors.put("corporateNumber", "houjinCorporationNumberFormat");
            return null;
        }
        return checked.value();
    }
}
