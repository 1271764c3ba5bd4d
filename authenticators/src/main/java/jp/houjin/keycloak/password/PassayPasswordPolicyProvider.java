package jp.houjin.keycloak.password;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.models.KeycloakContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;
import org.passay.AllowedCharacterRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;

/**
 * The seed portals' password rules, judged by Passay. Each broken rule has its own message key
 * (prefixed {@code houjinPassword}) in {@code messages_ja} and {@code messages_en}.
 */
final class PassayPasswordPolicyProvider implements PasswordPolicyProvider {

    static final String USER_ID_ATTRIBUTE = "userId";

    private final KeycloakContext context;

    PassayPasswordPolicyProvider(KeycloakContext context) {
        this.context = context;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        String userId = user == null ? null : user.getFirstAttribute(USER_ID_ATTRIBUTE);
        return check(config(realm), user == null ? null : user.getUsername(), userId, password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return check(config(context.getRealm()), username, null, password);
    }

    private PassayPolicyConfig config(RealmModel realm) {
        return realm.getPasswordPolicy().getPolicyConfig(PassayPasswordPolicyProviderFactory.ID);
    }

    static PolicyError check(PassayPolicyConfig config, String username, String userId, String password) {
        if (password == null) {
            password = "";
        }
        if (config.halfWidthOnly) {
            for (int i = 0; i < password.length(); i++) {
                char c = password.charAt(i);
                if (c > 0x7e) {
                    return new PolicyError("houjinPasswordHalfWidthOnly");
                }
            }
        }
        RuleResult result = validator(config).validate(new PasswordData(password));
        if (!result.isValid()) {
            return toError(config, result.getDetails());
        }
        if (config.notUserId && password.length() > 0) {
            if (password.equals(userId) || password.equalsIgnoreCase(username)
                    || (username != null && username.contains(":") && password.equals(username.substring(username.indexOf(':') + 1)))) {
                return new PolicyError("houjinPasswordNotUserId");
            }
        }
        return null;
    }

    private static PasswordValidator validator(PassayPolicyConfig config) {
        CharacterData symbols = new CharacterData() {
            @Override
            public String getErrorCode() {
                return "INSUFFICIENT_SYMBOL";
            }

            @Override
            public String getCharacters() {
                return config.symbols;
            }
        };
        String allowed = EnglishCharacterData.UpperCase.getCharacters() + EnglishCharacterData.LowerCase.getCharacters()
                + EnglishCharacterData.Digit.getCharacters() + config.symbols;
        List<Rule> rules = new ArrayList<>();
        rules.add(new LengthRule(config.min, config.max));
        // A count of 0 switches the class rule off; Passay itself only accepts positive counts.
        addCharacterRule(rules, EnglishCharacterData.UpperCase, config.upper);
        addCharacterRule(rules, EnglishCharacterData.LowerCase, config.lower);
        addCharacterRule(rules, EnglishCharacterData.Alphabetical, config.letter);
        addCharacterRule(rules, EnglishCharacterData.Digit, config.digit);
        addCharacterRule(rules, symbols, config.symbol);
        rules.add(new AllowedCharacterRule(allowed.toCharArray()));
        return new PasswordValidator(rules);
    }

    private static void addCharacterRule(List<Rule> rules, CharacterData data, int count) {
        if (count > 0) {
            rules.add(new CharacterRule(data, count));
        }
    }

    private static PolicyError toError(PassayPolicyConfig config, List<RuleResultDetail> details) {
        // Report the first broken rule in the order the seed lists them: length, then character classes.
        for (String code : List.of(LengthRule.ERROR_CODE_MIN, LengthRule.ERROR_CODE_MAX, "INSUFFICIENT_UPPERCASE",
                "INSUFFICIENT_LOWERCASE", "INSUFFICIENT_ALPHABETICAL", "INSUFFICIENT_DIGIT", "INSUFFICIENT_SYMBOL", AllowedCharacterRule.ERROR_CODE)) {
            for (RuleResultDetail d : details) {
                if (d.getErrorCode().equals(code)) {
                    return switch (code) {
                        case LengthRule.ERROR_CODE_MIN, LengthRule.ERROR_CODE_MAX ->
                                new PolicyError("houjinPasswordLength", config.min, config.max);
                        case "INSUFFICIENT_UPPERCASE" -> new PolicyError("houjinPasswordUpperCase", config.upper);
                        case "INSUFFICIENT_LOWERCASE" -> new PolicyError("houjinPasswordLowerCase", config.lower);
                        case "INSUFFICIENT_ALPHABETICAL" -> new PolicyError("houjinPasswordLetter", config.letter);
                        case "INSUFFICIENT_DIGIT" -> new PolicyError("houjinPasswordDigit", config.digit);
                        case "INSUFFICIENT_SYMBOL" -> new PolicyError("houjinPasswordSymbol", config.symbol, config.symbols);
                        default -> config.symbols.isEmpty() ? new PolicyError("houjinPasswordAlphanumericOnly")
                                : new PolicyError("houjinPasswordSymbolNotAllowed", config.symbols);
                    };
                }
            }
        }
        return new PolicyError("houjinPasswordInvalid");
    }

    @Override
    public Object parseConfig(String value) {
        return PassayPolicyConfig.parse(value);
    }

    @Override
    public void close() {
    }
}
