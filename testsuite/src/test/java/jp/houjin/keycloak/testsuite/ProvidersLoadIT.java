package jp.houjin.keycloak.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.houjin.keycloak.testsuite.server.AdminApi;
import jp.houjin.keycloak.testsuite.server.RealKeycloak;
import org.junit.jupiter.api.Test;

/**
 * Every factory the JAR registers in META-INF/services must load with Keycloak's own libraries and show up in the
 * running server's info under the SPI it was registered for. A stale entry fails here.
 */
@RealKeycloak
class ProvidersLoadIT {

    private static final String SERVICES = "META-INF/services/";
    private static final String SPI = "org.keycloak.provider.Spi";

    record Registration(String spiInterface, String factoryClass) {
    }

    @Test
    void givenTheJarThenEveryRegisteredFactoryIsListedInServerInfo(AdminApi admin) throws Exception {
        Path jar = Path.of(System.getProperty("provider.jar"));
        List<Registration> registrations = registrations(jar);
        assertThat(registrations).as("providers registered in %s", jar).isNotEmpty();

        JsonNode providers = admin.get("/serverinfo").get("providers");
        try (URLClassLoader loader = keycloakClassLoader(jar)) {
            Map<String, String> spiNames = spiNamesByFactoryInterface(loader);
            for (Registration r : registrations) {
                if (r.spiInterface().equals(SPI)) {
                    // One of our own SPIs: it must be known to the server under its name.
                    Object ownSpi = loader.loadClass(r.factoryClass()).getDeclaredConstructor().newInstance();
                    String name = (String) ownSpi.getClass().getMethod("getName").invoke(ownSpi);
                    assertThat(providers.has(name)).as("server info lists SPI %s (%s)", name, r.factoryClass()).isTrue();
                    continue;
                }
                String spi = spiNames.get(r.spiInterface());
                assertThat(spi).as("an SPI for %s", r.spiInterface()).isNotNull();
                Object factory = loader.loadClass(r.factoryClass()).getDeclaredConstructor().newInstance();
                String id = (String) factory.getClass().getMethod("getId").invoke(factory);
                JsonNode listed = providers.path(spi).path("providers").path(id);
                assertThat(listed.isMissingNode()).as("server info lists %s '%s' (%s)", spi, id, r.factoryClass()).isFalse();
            }
        }
    }

    @Test
    void givenTheJarThenItHoldsNoKeycloakClassesAndPassayIsRelocated() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("provider.jar"))) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).noneMatch(n -> n.startsWith("org/keycloak/"));
            assertThat(names).noneMatch(n -> n.startsWith("org/passay/"));
            assertThat(names).anyMatch(n -> n.startsWith("jp/houjin/keycloak/shaded/passay/"));
            assertThat(names).contains("META-INF/beans.xml", "META-INF/keycloak-themes.json");
        }
    }

    static List<Registration> registrations(Path jarPath) throws IOException {
        List<Registration> result = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith(SERVICES) && !e.isDirectory()).toList()) {
                String spiInterface = entry.getName().substring(SERVICES.length());
                try (InputStream in = jar.getInputStream(entry)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String name = line.replaceAll("#.*", "").trim();
                        if (!name.isEmpty()) {
                            result.add(new Registration(spiInterface, name));
                        }
                    }
                }
            }
        }
        return result;
    }

    /** Keycloak's own server libraries from the distribution, plus the JAR: the classpath the server sees. */
    private static URLClassLoader keycloakClassLoader(Path jar) throws IOException {
        Path lib = Path.of(System.getProperty("keycloak.dist"), "lib", "lib");
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        try (Stream<Path> jars = Files.walk(lib)) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                urls.add(p.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Map<String, String> spiNamesByFactoryInterface(ClassLoader loader) throws Exception {
        Class<?> spiType = loader.loadClass("org.keycloak.provider.Spi");
        Method name = spiType.getMethod("getName");
        Method factoryClass = spiType.getMethod("getProviderFactoryClass");
        Map<String, String> names = new HashMap<>();
        Iterator<?> spis = ServiceLoader.load(spiType, loader).iterator();
        while (spis.hasNext()) {
            Object spi;
            try {
                spi = spis.next();
            } catch (java.util.ServiceConfigurationError e) {
                continue; // an SPI of Keycloak's that needs the running Quarkus container; not one of ours
            }
            names.put(((Class<?>) factoryClass.invoke(spi)).getName(), (String) name.invoke(spi));
        }
        return names;
    }
}
