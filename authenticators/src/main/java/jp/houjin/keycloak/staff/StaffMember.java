package jp.houjin.keycloak.staff;

import java.util.Locale;

import jp.houjin.keycloak.directory.model.CorporateUser;

/**
 * One user as スタッフ管理 shows them, on the pages and in the corporate API alike. {@code role} is {@code user},
 * {@code group_admin} or {@code admin}; {@code loginStatus} is {@code active} or {@code login_suspended} (the
 * user-profile values); {@code groupId} and {@code groupName} name the user's group.
 */
public record StaffMember(String corporateId, String userId, String lastName, String firstName, String kanaLastName,
        String kanaFirstName, String email, String groupId, String groupName, String role, String loginStatus,
        long createdAt) {

    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_GROUP_ADMIN = "group_admin";
    public static final String ROLE_USER = "user";
    public static final String STATUS_ACTIVE = "active";
    public static final String STATUS_SUSPENDED = "login_suspended";

    static StaffMember of(CorporateUser u) {
        return new StaffMember(u.getCorporation().getCorporateId(), u.getUserId(), u.getFamilyName(), u.getGivenName(),
                u.getKanaFamilyName(), u.getKanaGivenName(), u.getEmail(), u.getGroup().getId(), u.getGroupName(),
                roleName(u.getRole()),
                u.getStatus().name().toLowerCase(Locale.ROOT), u.getCreatedAt());
    }

    static String roleName(CorporateUser.Role role) {
        return role.value();
    }

    /**
     * {@code admin}, {@code group_admin} or {@code user}; null when blank; {@link StaffRefusal} (invalid input) for
     * anything else.
     */
    public static CorporateUser.Role parseRole(String field, String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        CorporateUser.Role role = CorporateUser.Role.ofValue(name);
        if (role == null) {
            throw StaffRefusal.invalidValue(field);
        }
        return role;
    }

    /** {@code active} or {@code login_suspended}; null when blank; {@link StaffRefusal} for anything else. */
    public static CorporateUser.Status parseStatus(String field, String name) {
        return parse(field, name, STATUS_ACTIVE, CorporateUser.Status.ACTIVE, STATUS_SUSPENDED,
                CorporateUser.Status.LOGIN_SUSPENDED);
    }

    private static <T> T parse(String field, String name, String first, T firstValue, String second, T secondValue) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (first.equals(name) || second.equals(name)) {
            return first.equals(name) ? firstValue : secondValue;
        }
        throw StaffRefusal.invalidValue(field);
    }

    public boolean admin() {
        return ROLE_ADMIN.equals(role);
    }

    public boolean groupAdmin() {
        return ROLE_GROUP_ADMIN.equals(role);
    }

    public boolean suspended() {
        return STATUS_SUSPENDED.equals(loginStatus);
    }
}
