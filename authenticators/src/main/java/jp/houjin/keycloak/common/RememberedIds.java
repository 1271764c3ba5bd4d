package jp.houjin.keycloak.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jp.houjin.keycloak.directory.text.InputNormalizer;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * 「次回から法人ID・ユーザーIDの入力を省略する」: a cookie with the corporate ID and user ID (never the password),
 * HttpOnly, SameSite=Lax, Secure on https, scoped to the realm's path, kept for a year.
 */
public final class RememberedIds {

    static final String COOKIE = "HOUJIN_REMEMBERED_IDS";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    public record Ids(String corporateId, String login) {
    }

    private RememberedIds() {
    }

    public static Optional<Ids> read(AuthenticationFlowContext context) {
        Cookie cookie = context.getHttpRequest().getHttpHeaders().getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 512) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
            int sep = decoded.indexOf('\n');
            if (sep < 0) {
                return Optional.empty();
            }
            InputNormalizer.Result corporateId = InputNormalizer.corporateId(decoded.substring(0, sep));
            InputNormalizer.Result login = InputNormalizer.login(decoded.substring(sep + 1));
            // An email sign-in (seed 004) remembers the address alone.
            boolean emailOnly = sep == 0 && login.ok() && login.value().contains("@");
            return (corporateId.ok() || emailOnly) && login.ok()
                    ? Optional.of(new Ids(emailOnly ? "" : corporateId.value(), login.value())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static void remember(AuthenticationFlowContext context, String corporateId, String login) {
        String value = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((corporateId + "\n" + login).getBytes(StandardCharsets.UTF_8));
        write(context, value, ONE_YEAR);
    }

    public static void forget(AuthenticationFlowContext context) {
        if (context.getHttpRequest().getHttpHeaders().getCookies().containsKey(COOKIE)) {
            write(context, "", 0);
        }
    }

    private static void write(AuthenticationFlowContext context, String value, int maxAge) {
        String path = context.getUriInfo().getBaseUri().getPath();
        path = (path.endsWith("/") ? path : path + "/") + "realms/" + context.getRealm().getName() + "/";
        boolean secure = "https".equalsIgnoreCase(context.getUriInfo().getBaseUri().getScheme());
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.LAX).build();
        context.getSession().getContext().getHttpResponse().setCookieIfAbsent(cookie);
    }
}
