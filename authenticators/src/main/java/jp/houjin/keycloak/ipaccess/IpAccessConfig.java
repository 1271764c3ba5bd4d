package jp.houjin.keycloak.ipaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.houjin.keycloak.directory.ip.IpAllowList;
import jp.houjin.keycloak.directory.ip.IpRanges;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The IP allow-list settings an admin sets on the authenticator (the login form and the check after the SSO cookie
 * share one config, alias {@code houjin-ip-allow-list} in realm-config): ranges that always pass, and enforce or
 * dry-run. Typed, null-safe accessors over the raw config map.
 */
public final class IpAccessConfig {

    public static final String ALWAYS_ALLOWED = "houjin.ip.alwaysAllowed";
    public static final String MODE = "houjin.ip.mode";
    public static final String ENFORCE = "enforce";
    public static final String DRY_RUN = "dry-run";

    static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(ALWAYS_ALLOWED).label("Always allowed addresses")
            .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
            .helpText("IPv4/IPv6 addresses or CIDR ranges that pass every corporation's allow-list (e.g. the support desk).")
            .add()
            .property().name(MODE).label("IP allow-list mode").type(ProviderConfigProperty.LIST_TYPE)
            .options(ENFORCE, DRY_RUN).defaultValue(ENFORCE)
            .helpText("enforce: refuse addresses outside a corporation's list. dry-run: sign in and log what would be refused.")
            .add().build();

    public static List<ProviderConfigProperty> properties() {
        return PROPERTIES;
    }

    private final IpAllowList alwaysAllowed;
    private final boolean dryRun;

    private IpAccessConfig(IpAllowList alwaysAllowed, boolean dryRun) {
        this.alwaysAllowed = alwaysAllowed;
        this.dryRun = dryRun;
    }

    public static IpAccessConfig of(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        List<String> entries = new ArrayList<>();
        String raw = config.get(ALWAYS_ALLOWED);
        if (raw != null) {
            for (String part : raw.split("##")) {
                IpRanges.Entry entry = IpRanges.parse(part);
                if (entry.ok()) {
                    entries.add(entry.normalized());
                }
            }
        }
        return new IpAccessConfig(new IpAllowList(entries), DRY_RUN.equals(config.get(MODE)));
    }

    /** The config's entries that are not valid ranges, with the reason, for the console's validation. */
    static List<String> invalidEntries(Map<String, String> config) {
        List<String> invalid = new ArrayList<>();
        String raw = config == null ? null : config.get(ALWAYS_ALLOWED);
        if (raw != null) {
            for (String part : raw.split("##")) {
                IpRanges.Entry entry = IpRanges.parse(part);
                if (!part.isBlank() && !entry.ok()) {
                    invalid.add(part.strip() + ": " + entry.reason());
                }
            }
        }
        return invalid;
    }

    IpAllowList alwaysAllowed() {
        return alwaysAllowed;
    }

    boolean dryRun() {
        return dryRun;
    }
}
