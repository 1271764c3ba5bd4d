package jp.houjin.keycloak.directory;

import org.keycloak.provider.ProviderFactory;

public interface CorporateDirectoryFactory extends ProviderFactory<CorporateDirectory> {
}
