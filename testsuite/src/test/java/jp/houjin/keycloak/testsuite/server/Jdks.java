package jp.houjin.keycloak.testsuite.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Picks the newest JDK installed under /usr/lib/jvm (Keycloak recommends the newest LTS), else this JVM's. */
final class Jdks {

    private static final Pattern FEATURE = Pattern.compile("(?:^|[^0-9.])(\\d{2})(?:[^0-9]|$)");

    private Jdks() {
    }

    static Path newest() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                Optional<Path> best = dirs
                        .filter(d -> Files.isExecutable(d.resolve("bin/java")) && !Files.isSymbolicLink(d))
                        .filter(d -> feature(d) >= 17)
                        .max(Comparator.comparingInt(Jdks::feature));
                if (best.isPresent()) {
                    return best.get();
                }
            } catch (IOException e) {
                // fall through to this JVM
            }
        }
        return Path.of(System.getProperty("java.home"));
    }

    static int feature(Path dir) {
        Matcher m = FEATURE.matcher(dir.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
