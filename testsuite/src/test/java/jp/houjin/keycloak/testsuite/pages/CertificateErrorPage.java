package jp.houjin.keycloak.testsuite.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Certificate sign-in, first step refused (houjin-certificate-error.ftl): why, and a retry. */
public final class CertificateErrorPage extends Page {

    public CertificateErrorPage(WebDriver browser) {
        super(browser, By.id("houjin-certificate-help"));
    }
}
