package jp.houjin.keycloak.testsuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.houjin.keycloak.testsuite.server.KeycloakServer;

/**
 * A sign-in through curl, which can choose its source address ({@code --interface 127.0.0.2}, the trusted proxy)
 * and send X-Forwarded-For, as a reverse proxy does.
 */
final class CurlLogin {

    record Result(int status, String location, String body) {
    }

    private static final Pattern ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*?action=\"([^\"]+)\"");
    private static final Pattern ANY_FORM_ACTION = Pattern.compile("<form id=\"[^\"]+\"[^>]*?action=\"([^\"]+)\"");
    private static final String REDIRECT = "http://127.0.0.1:9/callback";

    static Result signIn(KeycloakServer server, String sourceAddress, String forwardedFor, String corporateId, String login,
            String password) throws IOException, InterruptedException {
        return signIn(server.realmUrl(), sourceAddress, forwardedFor, corporateId, login, password);
    }

    static Result signIn(String realmUrl, String sourceAddress, String forwardedFor, String corporateId, String login,
            String password) throws IOException, InterruptedException {
        Path jar = Files.createTempFile("curl-cookies", ".txt");
        try {
            String auth = realmUrl + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                    + "&client_id=partner-portal-web&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
            Result page = curl(jar, sourceAddress, forwardedFor, auth, List.of());
            Matcher m = ACTION.matcher(page.body());
            if (!m.find()) {
                return page;
            }
            return curl(jar, sourceAddress, forwardedFor, m.group(1).replace("&amp;", "&"),
                    List.of("tab=corporate", "corporateId=" + corporateId, "loginId=" + login, "password=" + password));
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /** A sign-in whose login page is already open: {@link #submit()} posts the form (for parallel submits). */
    record Prepared(Path jar, String action, List<String> form) {
        Result submit() throws IOException, InterruptedException {
            try {
                return curl(jar, null, null, action, form);
            } finally {
                Files.deleteIfExists(jar);
            }
        }
    }

    static Prepared prepare(KeycloakServer server, String corporateId, String login, String password)
            throws IOException, InterruptedException {
        return prepare(server, List.of("tab=corporate", "corporateId=" + corporateId, "loginId=" + login,
                "password=" + password));
    }

    /** Any form of the corporate sign-in page (its action dispatches on the form's fields), ready to post. */
    static Prepared prepare(KeycloakServer server, List<String> form) throws IOException, InterruptedException {
        Path jar = Files.createTempFile("curl-cookies", ".txt");
        String auth = server.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=partner-portal-web&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
        Matcher m = ACTION.matcher(curl(jar, null, null, auth, List.of()).body());
        if (!m.find()) {
            throw new IllegalStateException("No login form");
        }
        return new Prepared(jar, m.group(1).replace("&amp;", "&"), form);
    }

    /**
     * A form whose page needs a first post before it (管理者追加's confirmation step): {@code first} is posted now, and
     * {@code then} is ready to post on the page that answered.
     */
    static Prepared prepare(KeycloakServer server, List<String> first, List<String> then)
            throws IOException, InterruptedException {
        Prepared before = prepare(server, first);
        Matcher m = ANY_FORM_ACTION.matcher(curl(before.jar(), null, null, before.action(), first).body());
        if (!m.find()) {
            throw new IllegalStateException("No form after the first post");
        }
        return new Prepared(before.jar(), m.group(1).replace("&amp;", "&"), then);
    }

    static boolean redirectedWithCode(Result r) {
        return r.status() == 302 && r.location().startsWith(REDIRECT) && r.location().contains("code=");
    }

    private static Result curl(Path jar, String source, String forwardedFor, String url, List<String> form)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-g", "-b", jar.toString(), "-c", jar.toString(),
                "-o", "-", "-w", "\n%{http_code} %{redirect_url}"));
        if (source != null) {
            cmd.addAll(List.of("--interface", source));
        }
        if (forwardedFor != null) {
            cmd.addAll(List.of("-H", "X-Forwarded-For: " + forwardedFor));
        }
        for (String field : form) {
            cmd.addAll(List.of("--data-urlencode", field));
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("curl failed: " + out);
        }
        int last = out.lastIndexOf('\n');
        String[] status = out.substring(last + 1).split(" ", 2);
        return new Result(Integer.parseInt(status[0]), status.length > 1 ? status[1] : "", out.substring(0, last));
    }
}
