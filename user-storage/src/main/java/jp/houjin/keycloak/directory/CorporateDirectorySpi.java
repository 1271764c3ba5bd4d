package jp.houjin.keycloak.directory;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Registers the {@code corporate-directory} SPI; its one provider is {@code jpa}. */
public final class CorporateDirectorySpi implements Spi {

    public static final String NAME = "corporate-directory";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return CorporateDirectory.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return CorporateDirectoryFactory.class;
    }
}
