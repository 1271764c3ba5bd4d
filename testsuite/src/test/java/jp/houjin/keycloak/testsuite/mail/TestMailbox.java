package jp.houjin.keycloak.testsuite.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jp.houjin.keycloak.testsuite.server.AdminApi;

/**
 * A real SMTP server (GreenMail) on a free local port, set as the realm's mail server while a test class runs and
 * removed again afterwards.
 */
public final class TestMailbox implements AutoCloseable {

    public static final String FROM = "noreply@partner-portal.example.jp";
    private static final Pattern ACTION_LINK = Pattern.compile("https?://\\S+/login-actions/action-token\\?\\S+");

    private final GreenMail greenMail;
    private final AdminApi admin;
    private final String realmPath;

    public TestMailbox(AdminApi admin, String realmPath) {
        this.admin = admin;
        this.realmPath = realmPath;
        this.greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        useFor(greenMail.getSmtp().getPort());
    }

    /** Points the realm at an SMTP port (a closed one makes every mail fail). */
    public void useFor(int port) {
        AdminApi.Response r = admin.send("PUT", realmPath, Map.of("smtpServer",
                Map.of("host", "127.0.0.1", "port", String.valueOf(port), "from", FROM, "fromDisplayName", "Partner portal")));
        if (r.status() != 204) {
            throw new IllegalStateException("Could not set the realm's SMTP server: " + r.status() + " " + r.body());
        }
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Waits up to 15 s for a mail to this address and returns the newest one. */
    public MimeMessage awaitMailTo(String address) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] all = greenMail.getReceivedMessagesForDomain(address);
            if (all.length > 0) {
                return all[all.length - 1];
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No mail to " + address + " within 15 s");
    }

    /** Waits up to 15 s for the latest mail to this address with this subject (notices are sent once a change commits). */
    public MimeMessage awaitMailTo(String address, String subject) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] all = greenMail.getReceivedMessagesForDomain(address);
            for (int i = all.length - 1; i >= 0; i--) {
                try {
                    if (subject.equals(all[i].getSubject())) {
                        return all[i];
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No mail to " + address + " with subject " + subject + " within 15 s");
    }

    /** Waits up to 15 s until at least {@code count} mails went to this address; returns them, oldest first. */
    public MimeMessage[] awaitMailsTo(String address, int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        MimeMessage[] all = greenMail.getReceivedMessagesForDomain(address);
        while (all.length < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            all = greenMail.getReceivedMessagesForDomain(address);
        }
        if (all.length < count) {
            throw new IllegalStateException(all.length + " mails to " + address + " within 15 s, expected " + count);
        }
        return all;
    }

    public int countTo(String address) {
        return greenMail.getReceivedMessagesForDomain(address).length;
    }

    /** The decoded text/plain part of a mail. */
    public static String text(MimeMessage message) {
        String text = part(message, "text/plain");
        if (text == null) {
            throw new IllegalStateException("The mail has no text part");
        }
        return text;
    }

    /** The decoded text/html part of a mail, or null. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first link in the mail's text part whose URL contains {@code pathPart}. */
    public static String link(MimeMessage message, String pathPart) {
        Matcher m = Pattern.compile("https?://\\S+").matcher(text(message));
        while (m.find()) {
            if (m.group().contains(pathPart)) {
                return m.group();
            }
        }
        throw new IllegalStateException("No link to " + pathPart + " in the mail:\n" + text(message));
    }

    public static String actionLink(MimeMessage message) {
        Matcher m = ACTION_LINK.matcher(text(message));
        if (!m.find()) {
            throw new IllegalStateException("No action link in the mail:\n" + text(message));
        }
        return m.group();
    }

    private static String part(Part message, String type) {
        try {
            return find(message, type);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.send("PUT", realmPath, Map.of("smtpServer", Map.of()));
        greenMail.stop();
    }
}
